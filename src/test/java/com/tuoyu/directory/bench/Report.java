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
                         Map<String, double[]> figures, long totalSeconds) {
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
        if (!probe.isEmpty()) {
            md.append("\n## Single client, microsecond timing\n\nSequential requests, interleaved per point; Elasticsearch's request cache"
                    + " cleared first and off for the raw queries. Uncached: the API's tile cache dropped before the request (not"
                    + " timed); the multi-search the API sent is then sent to Elasticsearch directly.\n\n");
            md.append("| request | p50 ms | p99 ms |\n|---|---|---|\n");
            probe.forEach((name, v) -> md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", name, v[0], v[1])));
            double[] uncached = probe.get(UNCACHED);
            double[] sent = probe.get(SENT);
            double[] kOurs = probe.get("keyword ours");
            double[] kRaw = probe.get("keyword es (request_cache=false)");
            if (uncached != null && sent != null && kOurs != null && kRaw != null) {
                md.append(String.format(Locale.ROOT, "%nAPI overhead at p50 over the raw Elasticsearch request it sends: nearby"
                        + " (tiles not cached) %.2f ms, keyword %.2f ms.%n", uncached[0] - sent[0], kOurs[0] - kRaw[0]));
            }
            md.append(singleClientBesideBaseline(probe));
        }
        if (!figures.isEmpty()) {
            md.append("\n## Public pages and risk ranking, single client (issue #19)\n\nSequential requests timed with"
                    + " System.nanoTime: 100 nursery pages outside the load's feeder opened once (built from PostgreSQL) and"
                    + " at once again (the replica's cache); the supervisor's risk ranking of the demo's city and of the city with"
                    + " the most listed nurseries, after 5 untimed requests.\n\n| request | p50 ms | p99 ms |\n|---|---|---|\n");
            figures.forEach((name, v) -> md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", name, v[0], v[1])));
        }
        md.append("\n## Goals (issue #8)\n\n").append(goals(s, rows, probe, facts)).append('\n');
        md.append("\n## Goals (issue #19: fast public reads)\n\n").append(publicReadGoals(s, rows, figures)).append('\n');
        return md.toString();
    }

    /** A run of {@code bench.scenarios=startup} only: the machine, the data and the startup comparison. */
    static String renderStartupOnly(BenchRun.Settings s, Map<String, String> facts, String startup, long totalSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Startup and memory ").append(facts.get("started"), 0, 10).append("\n\n");
        md.append("Command: `bench/run.sh -Dbench.scenarios=startup -Dbench.size=").append(s.size())
                .append("` (`./mvnw package -Pbench`). Whole run: ").append(totalSeconds).append(" s.\n\n");
        if (!s.note().isBlank()) {
            md.append("**Note:** ").append(s.note()).append("\n\n");
        }
        md.append("## Machine and data\n\n| fact | value |\n|---|---|\n");
        machine().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        facts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n"));
        return md.append(startup).toString();
    }

    /** Issue #19's goals: detail, statistics and indicators under load, the risk ranking, the noisy neighbours. */
    static String publicReadGoals(BenchRun.Settings s, Map<String, Map<String, List<Figures>>> rows, Map<String, double[]> figures) {
        StringBuilder g = new StringBuilder("| goal | measured | verdict |\n|---|---|---|\n");
        rateGoal(g, rows, "detail", "| nursery detail ≥ 2,000 req/s with p99 ≤ 25 ms | ", 2000, Double.MAX_VALUE, 25);
        rateGoal(g, rows, "statistics", "| division statistics (cities, provinces) ≥ 1,000 req/s with p50 ≤ 20 ms | ", 1000, 20, Double.MAX_VALUE);
        rateGoal(g, rows, "indicators", "| demonstration-city indicators and rankings ≥ 1,000 req/s with p50 ≤ 20 ms | ", 1000, 20, Double.MAX_VALUE);
        String riskGoal = "| risk ranking of a city p50 ≤ 50 ms (demo city 360100) | ";
        Map.Entry<String, double[]> risk = figures.entrySet().stream().filter(e -> e.getKey().startsWith(FiguresProbe.RISK_KEY))
                .findFirst().orElse(null);
        if (risk == null) {
            g.append(riskGoal).append(NOT_RUN);
        } else {
            StringBuilder others = new StringBuilder();
            figures.forEach((name, v) -> {
                if (name.startsWith("risk ranking of ") && !name.startsWith(FiguresProbe.RISK_KEY)) {
                    others.append(String.format(Locale.ROOT, "; %s: p50 %.1f ms", name, v[0]));
                }
            });
            g.append(riskGoal).append(String.format(Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms%s | %s |%n", risk.getKey(),
                    risk.getValue()[0], risk.getValue()[1], others, risk.getValue()[0] <= 50 ? "met" : "missed"));
        }
        for (String scenario : List.of("nearby", "detail")) {
            String goal = "| " + scenario + " p99 with " + Workload.NOISY_CLIENTS + " clients calling statistics within 20 % of"
                    + " its p99 alone (at least 1 ms: Gatling's resolution) | ";
            Figures quiet = find(rows, "noisy-" + scenario, "quiet");
            Figures loaded = find(rows, "noisy-" + scenario, "loaded");
            Figures noise = find(rows, "noisy-" + scenario, "background");
            if (quiet == null || loaded == null) {
                g.append(goal).append(NOT_RUN);
                continue;
            }
            boolean met = loaded.p99() <= Math.max(1.2 * quiet.p99(), quiet.p99() + 1) && loaded.failed() <= 0.01 * loaded.requests();
            g.append(goal).append(String.format(Locale.ROOT, "alone p99 %.0f ms, beside the noise p99 %.0f ms (failed %d of %d)%s | %s |%n",
                    quiet.p99(), loaded.p99(), loaded.failed(), loaded.requests(),
                    noise == null ? "" : String.format(Locale.ROOT, "; the noise: %d statistics requests answered (200, or 429/503 when over its rate or the computations' bound), %d not (timeouts)",
                            noise.requests(), noise.failed()), met ? "met" : "missed"));
        }
        return g.toString();
    }

    private static void rateGoal(StringBuilder g, Map<String, Map<String, List<Figures>>> rows, String scenario, String goal,
                                 double rate, double p50Bound, double p99Bound) {
        Figures f = find(rows, scenario, "ours");
        if (f == null) {
            g.append(goal).append(NOT_RUN);
            return;
        }
        double offered = Double.parseDouble(rows.keySet().stream().filter(k -> k.startsWith(scenario + "@")).findFirst()
                .orElseThrow().substring(scenario.length() + 1));
        boolean met = offered >= rate && f.throughput() >= 0.95 * rate && f.failed() <= 0.01 * f.requests()
                && f.p50() <= p50Bound && f.p99() <= p99Bound;
        g.append(goal).append(String.format(Locale.ROOT, "%.0f/s of %.0f offered, p50 %.0f ms, p99 %.0f ms, failed %d of %d | %s |%n",
                f.throughput(), offered, f.p50(), f.p99(), f.failed(), f.requests(), met ? "met" : "missed"));
    }

    /**
     * The single-client figures of the PostgreSQL-only baseline next to ours, question by question: the ratios under
     * load say little when one side queues, so the unloaded cost of each is shown beside the other.
     */
    static String singleClientBesideBaseline(Map<String, double[]> probe) {
        StringBuilder md = new StringBuilder("\n### Single client: ours next to the PostgreSQL-only baseline\n\n"
                + "| question | ours | ours p50 / p99 ms | PostgreSQL-only p50 / p99 ms | ours ÷ pg at p50 |\n|---|---|---|---|---|\n");
        String[][] pairs = {
                {"nearby", "tiles cached", "nearby ours, tiles cached", "nearby pg"},
                {"nearby", "tiles not cached", UNCACHED, "nearby pg"},
                {"keyword", "", "keyword ours", "keyword pg"}};
        for (String[] pair : pairs) {
            double[] ours = probe.get(pair[2]);
            double[] pg = probe.get(pair[3]);
            if (ours != null && pg != null) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f / %.2f | %.2f / %.2f | %.2f× |%n", pair[0], pair[1],
                        ours[0], ours[1], pg[0], pg[1], pg[0] == 0 ? 0 : ours[0] / pg[0]));
            }
        }
        return md.toString();
    }

    static final String UNCACHED = "nearby ours, tiles not cached";
    /** The measured and verdict cells of a goal whose scenario was left out by {@code bench.scenarios}. */
    private static final String NOT_RUN = "not run (bench.scenarios) | not run |\n";
    static final String SENT = "nearby es, the multi-search the API sent";

    /**
     * The highest offered rate of a ladder each target sustains: at least 95 % of the rate answered successfully
     * (503 shedding counts as failure), at most 1 % failed, p99 within the bound.
     */
    static Map<String, Double> sustained(Map<String, Map<String, List<Figures>>> rows, String scenario, double p99Bound) {
        Map<String, Double> sustained = new TreeMap<>();
        rows.forEach((name, targets) -> {
            if (!name.startsWith(scenario + "@")) {
                return;
            }
            double rate = Double.parseDouble(name.substring(scenario.length() + 1));
            targets.forEach((target, runs) -> {
                Figures f = median(runs);
                sustained.putIfAbsent(target, 0.0);
                if (f.failed() <= 0.01 * f.requests() && f.throughput() >= 0.95 * rate && f.p99() <= p99Bound) {
                    sustained.merge(target, rate, Math::max);
                }
            });
        });
        return sustained;
    }

    private static String goals(BenchRun.Settings s, Map<String, Map<String, List<Figures>>> rows, Map<String, double[]> probe,
                                Map<String, String> facts) {
        StringBuilder g = new StringBuilder("| goal | measured | verdict |\n|---|---|---|\n");
        Map<String, Double> nearby = sustained(rows, "nearby", 25);
        double ours = nearby.getOrDefault("ours", 0.0);
        double pg = Math.max(nearby.getOrDefault("pg", 0.0), nearby.getOrDefault("pg-top20", 0.0));
        String nearbyGoal = "| nearby through the API ≥ PostgreSQL-only req/s at equal p99 (≤ 25 ms) | ";
        if (s.runs("nearby")) {
            g.append(nearbyGoal).append(String.format(Locale.ROOT, "highest ladder rate sustained: ours %.0f, pg %.0f, pg-top20 %.0f, raw es %.0f; ours ÷ best pg %s | %s |%n",
                    ours, nearby.getOrDefault("pg", 0.0), nearby.getOrDefault("pg-top20", 0.0), nearby.getOrDefault("es", 0.0),
                    pg == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", ours / pg), ours > 0 && ours >= pg ? "met" : "missed"));
        } else {
            g.append(nearbyGoal).append(NOT_RUN);
        }
        String keywordGoal = "| keyword with facets ≥ 3× PostgreSQL-only throughput (p99 ≤ 100 ms) | ";
        if (s.runs("keyword")) {
            Map<String, Double> keyword = sustained(rows, "keyword", 100);
            double kOurs = keyword.getOrDefault("ours", 0.0);
            double kPg = keyword.getOrDefault("pg", 0.0);
            g.append(keywordGoal).append(String.format(Locale.ROOT, "highest ladder rate sustained: ours %.0f, pg %.0f, raw es %.0f; ours ÷ pg %s | %s |%n",
                    kOurs, kPg, keyword.getOrDefault("es", 0.0), kPg == 0 ? (kOurs > 0 ? "∞ (pg sustained no rung)" : "n/a")
                            : String.format(Locale.ROOT, "%.2f", kOurs / kPg),
                    kOurs > 0 && kOurs >= 3 * kPg ? "met" : "missed"));
        } else {
            g.append(keywordGoal).append(NOT_RUN);
        }
        double[] uncached = probe.get(UNCACHED);
        double[] sent = probe.get(SENT);
        String overheadGoal = "| uncached API overhead over the raw ES request it sends ≤ 0.5 ms at p50 | ";
        if (uncached != null && sent != null) {
            double overhead = uncached[0] - sent[0];
            g.append(overheadGoal).append(String.format(Locale.ROOT, "%.2f ms (%.2f − %.2f) | %s |%n",
                    overhead, uncached[0], sent[0], overhead <= 0.5 ? "met" : "missed"));
        } else {
            g.append(overheadGoal).append(NOT_RUN);
        }
        String thousandGoal = "| 1,000 nearby req/s with p99 ≤ 25 ms | ";
        if (s.runs("nearby")) {
            Figures at1000 = rows.containsKey("nearby@1000") ? median(rows.get("nearby@1000").get("ours")) : null;
            g.append(thousandGoal).append(String.format(Locale.ROOT, "%s | %s |%n",
                    at1000 == null ? "1000 not in the ladder" : String.format(Locale.ROOT, "%.0f/s answered, p99 %.0f ms, failed %d",
                            at1000.throughput(), at1000.p99(), at1000.failed()),
                    ours >= 1000 ? "met" : "missed"));
        } else {
            g.append(thousandGoal).append(NOT_RUN);
        }
        Figures complaint = find(rows, "complaint", "ours");
        String complaintGoal = "| complaint submission ≥ 500/s with p99 ≤ 50 ms | ";
        if (complaint != null) {
            double offered = Double.parseDouble(rows.keySet().stream().filter(k -> k.startsWith("complaint@")).findFirst()
                    .orElseThrow().substring("complaint@".length()));
            g.append(complaintGoal).append(String.format(Locale.ROOT, "%.0f/s of %.0f offered, p50 %.0f ms, p99 %.0f ms, failed %d | %s |%n",
                    complaint.throughput(), offered, complaint.p50(), complaint.p99(), complaint.failed(),
                    offered >= 500 && complaint.throughput() >= 475 && complaint.p99() <= 50 && complaint.failed() == 0 ? "met" : "missed"));
        } else {
            g.append(complaintGoal).append(NOT_RUN);
        }
        String started = facts.getOrDefault("service start as Quarkus reports it", "?");
        double startSeconds = parseLeadingNumber(started);
        g.append("| service start ≤ 2 s | ").append(started).append(" (Quarkus), ")
                .append(facts.get("service start to ready (process start → /q/health/ready 200)")).append(" to ready | ")
                .append(startSeconds > 0 && startSeconds <= 2 ? "met" : "missed").append(" |\n");
        String rss = facts.getOrDefault("service RSS under load (max / median of 1 s samples)", "?");
        double maxRss = parseLeadingNumber(rss);
        g.append("| RSS ≤ 300 MB under load | ").append(rss).append(" | ")
                .append(maxRss > 0 && maxRss <= 300 ? "met" : "missed").append(" |\n");
        return g.toString();
    }

    private static double parseLeadingNumber(String text) {
        Matcher m = Pattern.compile("^([0-9.]+)").matcher(text == null ? "" : text.trim());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
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
        m.put("JDK (bench)", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }
}
