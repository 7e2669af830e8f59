package com.tuoyu.directory.bench;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The markdown results: machine facts, data, one row per scenario and target with the median of the runs. */
final class Report {

    private static final Pattern PHASE = Pattern.compile("r(\\d+) (\\S+)@(\\d+) (\\S+)");

    record Figures(double throughput, double p50, double p99, long requests, long failed) {
    }

    private Report() {
    }

    static String render(BenchRun.Settings s, Map<String, String> facts, String gatling, Map<String, double[]> probe,
                         long totalSeconds) {
        // scenario@rate → target → runs
        Map<String, Map<String, List<Figures>>> rows = new LinkedHashMap<>();
        collect(gatling, rows, s.seconds());
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results ").append(facts.get("started"), 0, 10).append("\n\n");
        md.append("Command: `bench/run.sh` (`./mvnw package -Pbench`), ").append(s.size()).append(" nurseries, ")
                .append(s.runs()).append(" runs of ").append(s.seconds()).append(" s per phase after a ")
                .append(s.warmupSeconds()).append(" s warm-up per phase; open-model load (Gatling, constant arrival rate);")
                .append(" figures are the median of the runs. Whole run: ").append(totalSeconds).append(" s.\n\n");
        if (!s.note().isBlank()) {
            md.append("**Note:** ").append(s.note()).append("\n\n");
        }
        md.append("## Machine and data\n\n| fact | value |\n|---|---|\n");
        machine().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        facts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n"));
        md.append("\n## Throughput and latency under load\n\n");
        md.append("Targets: **ours** = the service's API; **es** = the raw Elasticsearch request our endpoint sends, sent directly;"
                + " **pg** = the best exact PostgreSQL-only answer to the same question (page, total and facets) behind a minimal"
                + " Vert.x server; **pg-top20** = PostgreSQL, the 21 nearest only. Latencies in ms (Gatling's resolution is 1 ms)."
                + " Throughput counts successful answers per second of the phase; a target that keeps up answers at the offered rate.\n\n");
        md.append("| scenario @ offered req/s | target | throughput req/s | p50 ms | p99 ms | failed | ours ÷ target: throughput, p99 |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        rows.forEach((scenario, targets) -> {
            Figures ours = median(targets.get("ours"));
            targets.forEach((target, runs) -> {
                Figures f = median(runs);
                String ratio = target.equals("ours") || ours == null ? "" : String.format(Locale.ROOT, "%.2f×, %.2f×",
                        f.throughput() == 0 ? 0 : ours.throughput() / f.throughput(), f.p99() == 0 ? 0 : ours.p99() / f.p99());
                md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %d of %d | %s |%n", scenario, target,
                        f.throughput(), f.p50(), f.p99(), f.failed(), f.requests(), ratio));
            });
        });
        md.append("\n## Single client, microsecond timing\n\nSequential requests, interleaved per point; Elasticsearch's request cache"
                + " cleared first and off for the raw query. The API's overhead is ours − es at p50.\n\n");
        md.append("| request | p50 ms | p99 ms |\n|---|---|---|\n");
        probe.forEach((name, v) -> md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", name, v[0], v[1])));
        double[] ours = probe.get("nearby ours");
        double[] raw = probe.get("nearby es (request_cache=false)");
        double[] kOurs = probe.get("keyword ours");
        double[] kRaw = probe.get("keyword es (request_cache=false)");
        if (ours != null && raw != null) {
            md.append(String.format(Locale.ROOT, "%nAPI overhead at p50: nearby %.2f ms, keyword %.2f ms.%n",
                    ours[0] - raw[0], kOurs[0] - kRaw[0]));
        }
        md.append("\n## Goals (issue #8)\n\n").append(goals(rows, probe, facts)).append('\n');
        return md.toString();
    }

    private static String goals(Map<String, Map<String, List<Figures>>> rows, Map<String, double[]> probe, Map<String, String> facts) {
        StringBuilder g = new StringBuilder("| goal | measured | verdict |\n|---|---|---|\n");
        // Nearby: highest offered rate each target sustains (all answered at ≥ 95 % of the rate, p99 ≤ 25 ms).
        Map<String, Double> sustained = new TreeMap<>();
        Map<String, Double> p99At1000 = new TreeMap<>();
        rows.forEach((scenario, targets) -> {
            if (!scenario.startsWith("nearby@")) {
                return;
            }
            double rate = Double.parseDouble(scenario.substring("nearby@".length()));
            targets.forEach((target, runs) -> {
                Figures f = median(runs);
                if (f.failed() == 0 && f.throughput() >= 0.95 * rate && f.p99() <= 25) {
                    sustained.merge(target, rate, Math::max);
                }
                if (rate == 1000) {
                    p99At1000.put(target, f.p99());
                }
            });
        });
        double oursRate = sustained.getOrDefault("ours", 0.0);
        double pgRate = sustained.getOrDefault("pg", 0.0);
        double pgTop = sustained.getOrDefault("pg-top20", 0.0);
        g.append(String.format(Locale.ROOT, "| nearby through the API ≥ PostgreSQL-only req/s at equal p99 (≤ 25 ms) | highest rate sustained: ours %.0f, pg %.0f, pg-top20 %.0f, es %.0f (ratio ours÷pg %.2f) | %s |%n",
                oursRate, pgRate, pgTop, sustained.getOrDefault("es", 0.0), pgRate == 0 ? 0 : oursRate / pgRate,
                oursRate >= Math.max(pgRate, pgTop) && oursRate > 0 ? "met (within the ladder)" : "missed"));
        Figures kOurs = find(rows, "keyword", "ours");
        Figures kPg = find(rows, "keyword", "pg");
        if (kOurs != null && kPg != null) {
            g.append(String.format(Locale.ROOT, "| keyword with facets ≥ 3× PostgreSQL-only throughput | at one offered rate both keep up (ours p99 %.0f ms, pg p99 %.0f ms); p99 ratio pg÷ours %.2f | %s |%n",
                    kOurs.p99(), kPg.p99(), kOurs.p99() == 0 ? 0 : kPg.p99() / kOurs.p99(), "not decided by a fixed rate: see the single-client and nearby ladder figures"));
        }
        double[] ours = probe.get("nearby ours");
        double[] raw = probe.get("nearby es (request_cache=false)");
        if (ours != null && raw != null) {
            double overhead = ours[0] - raw[0];
            g.append(String.format(Locale.ROOT, "| uncached API overhead over the raw ES query ≤ 0.5 ms at p50 | %.2f ms | %s |%n",
                    overhead, overhead <= 0.5 ? "met" : "missed"));
        }
        Double p99 = p99At1000.get("ours");
        g.append(String.format(Locale.ROOT, "| 1,000 nearby req/s with p99 ≤ 25 ms | %s | %s |%n",
                p99 == null ? "1000 not in the ladder" : "p99 " + String.format(Locale.ROOT, "%.0f ms", p99),
                p99 != null && p99 <= 25 && sustained.getOrDefault("ours", 0.0) >= 1000 ? "met" : "missed"));
        Figures complaint = find(rows, "complaint", "ours");
        if (complaint != null) {
            g.append(String.format(Locale.ROOT, "| complaint submission ≥ 500/s with p99 ≤ 50 ms | %.0f/s, p99 %.0f ms, failed %d | %s |%n",
                    complaint.throughput(), complaint.p99(), complaint.failed(),
                    complaint.throughput() >= 475 && complaint.p99() <= 50 && complaint.failed() == 0 ? "met" : "missed"));
        }
        g.append("| service start ≤ 2 s | ").append(facts.get("service start as Quarkus reports it")).append(" (Quarkus), ")
                .append(facts.get("service start to ready (process start → /q/health/ready 200)")).append(" to ready | see figures |\n");
        g.append("| RSS ≤ 300 MB under load | ").append(facts.get("service RSS under load (max / median of 1 s samples)")).append(" | see figures |\n");
        return g.toString();
    }

    private static Figures find(Map<String, Map<String, List<Figures>>> rows, String scenario, String target) {
        return rows.entrySet().stream().filter(e -> e.getKey().startsWith(scenario + "@")).findFirst()
                .map(e -> median(e.getValue().get(target))).orElse(null);
    }

    private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /**
     * Reads the statistics table of Gatling's HTML report (this Gatling version writes no JSON statistics):
     * columns 2-4 total/ok/ko counts, 8 p50, 11 p99, 12 max, in ms. Throughput is the successful answers over the
     * phase, its length stretched by the slowest answer (a target that cannot keep up answers after the phase).
     */
    private static void collect(String html, Map<String, Map<String, List<Figures>>> rows, int seconds) {
        Matcher row = ROW.matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (row.find()) {
            Matcher m = PHASE.matcher(row.group(1).trim());
            if (!m.matches() || !seen.add(row.group(1).trim())) {
                continue;
            }
            Map<Integer, Double> cells = new java.util.HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                try {
                    cells.put(Integer.parseInt(cell.group(1)), Double.parseDouble(cell.group(2).replace(",", "").trim()));
                } catch (NumberFormatException e) {
                    // "-" for an empty column
                }
            }
            long total = cells.getOrDefault(2, 0.0).longValue();
            long ok = cells.getOrDefault(3, 0.0).longValue();
            double stretched = seconds + cells.getOrDefault(12, 0.0) / 1000;
            rows.computeIfAbsent(m.group(2) + "@" + m.group(3), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.group(4), k -> new ArrayList<>())
                    .add(new Figures(ok / stretched, cells.getOrDefault(8, 0.0), cells.getOrDefault(11, 0.0), total, total - ok));
        }
    }

    static Figures median(List<Figures> runs) {
        if (runs == null || runs.isEmpty()) {
            return null;
        }
        return new Figures(med(runs.stream().mapToDouble(Figures::throughput).toArray()),
                med(runs.stream().mapToDouble(Figures::p50).toArray()), med(runs.stream().mapToDouble(Figures::p99).toArray()),
                (long) med(runs.stream().mapToDouble(Figures::requests).toArray()),
                (long) med(runs.stream().mapToDouble(Figures::failed).toArray()));
    }

    private static double med(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        try {
            String cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            m.put("CPU", cpu);
            String mem = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
            m.put("memory", mem);
        } catch (java.io.IOException e) {
            m.put("CPU", "unknown");
        }
        m.put("JDK (service, bench)", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }
}
