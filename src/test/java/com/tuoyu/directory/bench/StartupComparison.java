package com.tuoyu.directory.bench;

import com.tuoyu.directory.support.LocalServers;
import com.tuoyu.directory.support.ServiceJvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #20 point 4: start and memory of the packaged service on JDK 17 with today's flags (AppCDS) beside JDK 25 with
 * the production flags (AOT cache of a training run, compact object headers), in one run against the same data:
 * {@code bench.startup.runs} starts of each, alternating, then one short fixed-rate load (nearby and detail) on each.
 */
final class StartupComparison {

    /** One runtime under comparison. */
    record Runtime(String name, Path java, List<String> flags) {
    }

    /** What the starts and the load measured for one runtime. */
    record Measured(Runtime runtime, List<Long> readyMs, List<Double> quarkusSeconds, List<Long> idleRssKb,
                    List<Long> loadRssKb, ServiceLoad.Result load, String memory) {

        long readyMedian() {
            return median(readyMs);
        }

        long loadRssMaxMb() {
            return loadRssKb.stream().mapToLong(Long::longValue).max().orElse(0) / 1024;
        }
    }

    private final LocalServers servers;
    private final int port;
    private final int size;
    private final Path work;
    private final int runs = Integer.getInteger("bench.startup.runs", 5);
    private final double rate = Double.parseDouble(System.getProperty("bench.startup.rate", "200"));
    private final int seconds = Integer.getInteger("bench.startup.seconds", 30);

    StartupComparison(LocalServers servers, int port, int size, Path work) {
        this.servers = servers;
        this.port = port;
        this.size = size;
        this.work = work;
    }

    /** Measures each runtime, alternating their starts so a burst of other work on the machine hits both alike. */
    List<Measured> run(List<Runtime> runtimes) throws Exception {
        Map<Runtime, List<Long>> ready = new LinkedHashMap<>();
        Map<Runtime, List<Double>> quarkus = new LinkedHashMap<>();
        Map<Runtime, List<Long>> idle = new LinkedHashMap<>();
        runtimes.forEach(r -> {
            ready.put(r, new ArrayList<>());
            quarkus.put(r, new ArrayList<>());
            idle.put(r, new ArrayList<>());
        });
        for (int i = 0; i < runs; i++) {
            List<Runtime> order = new ArrayList<>(runtimes);
            if (i % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Runtime runtime : order) {
                BenchRun.ServiceProcess service = start(runtime, "start-" + i);
                try {
                    long ms = service.awaitReady(Duration.ofMinutes(3));
                    ready.get(runtime).add(ms);
                    quarkus.get(runtime).add(parseSeconds(service.quarkusStart()));
                    Thread.sleep(5000); // the start's background work (index check, first change-feed polls) settles
                    idle.get(runtime).add(rssKb(service.pid()));
                    BenchRun.log(String.format(Locale.ROOT, "  %s start %d: ready in %d ms, Quarkus %s, RSS idle %d MB",
                            runtime.name(), i + 1, ms, service.quarkusStart(), idle.get(runtime).get(i) / 1024));
                } finally {
                    service.stop();
                }
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (Runtime runtime : runtimes) {
            BenchRun.ServiceProcess service = start(runtime, "load");
            try {
                service.awaitReady(Duration.ofMinutes(3));
                ServiceLoad load;
                try (Connection db = BenchRun.connect(servers.postgres())) {
                    load = ServiceLoad.nearbyAndDetail(db, "http://127.0.0.1:" + port, 20_000, 20261206);
                }
                BenchRun.log("  " + runtime.name() + ": " + seconds + " s of nearby and detail at " + (int) rate + "/s ...");
                BenchRun.ResourceSampler sampler = new BenchRun.ResourceSampler(service.pid());
                sampler.start();
                ServiceLoad.Result result = load.run(rate, Duration.ofSeconds(seconds));
                sampler.stop();
                String memory = memory(service.pid(), runtime);
                measured.add(new Measured(runtime, ready.get(runtime), quarkus.get(runtime), idle.get(runtime),
                        sampler.rssSamplesKb(), result, memory));
                BenchRun.log("  " + runtime.name() + ": " + result.summary() + ", RSS " + sampler.rssSummary() + "; " + memory);
            } finally {
                service.stop();
            }
        }
        return measured;
    }

    private BenchRun.ServiceProcess start(Runtime runtime, String label) throws IOException {
        String file = "startup-" + runtime.name().replaceAll("[^A-Za-z0-9]", "") + "-" + label + ".log";
        return BenchRun.ServiceProcess.start(runtime.java(), servers, port, size, work.resolve(file),
                runtime.flags().toArray(String[]::new));
    }

    /** Heap in use and committed (the JVM's view) and the resident set split into anonymous and file-backed pages. */
    private static String memory(long pid, Runtime runtime) {
        StringBuilder out = new StringBuilder();
        try {
            Process jcmd = new ProcessBuilder(runtime.java().resolveSibling("jcmd").toString(), String.valueOf(pid), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String heap = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            var m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heap);
            long total = 0;
            long used = 0;
            while (m.find()) {
                total += Long.parseLong(m.group(1));
                used += Long.parseLong(m.group(2));
            }
            out.append(String.format(Locale.ROOT, "heap %d MB used of %d MB committed", used / 1024, total / 1024));
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("RssAnon:") || line.startsWith("RssFile:")) {
                    out.append(", ").append(line.startsWith("RssAnon") ? "anonymous " : "file-backed ")
                            .append(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).append(" MB");
                }
            }
        } catch (IOException e) {
            out.append("memory not read (").append(e.getMessage()).append(')');
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out.toString();
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private static double parseSeconds(String quarkus) {
        try {
            return Double.parseDouble(quarkus.replace(" s", "").trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? -1 : sorted[sorted.length / 2];
    }

    private static double medianDouble(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? -1 : sorted[sorted.length / 2];
    }

    /** The report's section: one row per runtime, then the goals judged on the production runtime (the last row). */
    String render(List<Measured> measured, String training) {
        StringBuilder md = new StringBuilder("\n## Startup and memory (issue #20 point 4)\n\n");
        md.append(String.format(Locale.ROOT, "The packaged service against the same PostgreSQL and Elasticsearch (%d nurseries), %d starts"
                + " of each runtime alternating (median; min-max), then one start of each under %d s of open-model load at %.0f"
                + " req/s (nearby searches around listed nurseries drawn from the whole register, so the tile cache ends up"
                + " holding the whole data set's tiles, and nursery pages, half each). \"Start to ready\": process start to the"
                + " first 200 of /q/health/ready; RSS idle 5 s after ready; RSS under load: max / median of 1 s samples."
                + " Load average at the start of the comparison: %s.%n%n", size, runs, seconds, rate, loadAverage()));
        md.append("| runtime | JVM flags | start to ready ms | Quarkus' start s | RSS idle MB | RSS under load MB (max / median) | load answered | memory after the load |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Measured m : measured) {
            List<Long> loadSorted = m.loadRssKb().stream().sorted().toList();
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %d (%s) | %.3f | %d | %d / %d | %s | %s |%n", m.runtime().name(),
                    String.join(" ", m.runtime().flags()).replace(Path.of("").toAbsolutePath() + "/", ""),
                    m.readyMedian(), range(m.readyMs()), medianDouble(m.quarkusSeconds()), median(m.idleRssKb()) / 1024,
                    m.loadRssMaxMb(), loadSorted.isEmpty() ? 0 : loadSorted.get(loadSorted.size() / 2) / 1024,
                    m.load().summary(), m.memory()));
        }
        if (!training.isBlank()) {
            md.append("\n").append(training).append("\n");
        }
        Measured production = measured.get(measured.size() - 1);
        md.append("\n| goal (").append(production.runtime().name()).append(") | measured | verdict |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| start to ready ≤ 2 s | %d ms (median of %d) | %s |%n", production.readyMedian(),
                production.readyMs().size(), production.readyMedian() <= 2000 ? "met" : "missed"));
        md.append(String.format(Locale.ROOT, "| RSS ≤ 300 MB under load | %d MB max | %s |%n", production.loadRssMaxMb(),
                production.loadRssMaxMb() <= 300 ? "met" : "missed"));
        return md.toString();
    }

    private static String range(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? "-" : sorted[0] + "-" + sorted[sorted.length - 1];
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The runtimes installed here: JDK 17 with today's flags and the archive of the loading run, JDK 25 with its cache. */
    static List<Runtime> installed(Path classArchive, Path aotCache) {
        List<Runtime> runtimes = new ArrayList<>();
        ServiceJvm.jdk17().ifPresent(home -> {
            List<String> flags = new ArrayList<>(ServiceJvm.JDK17);
            if (Files.isRegularFile(classArchive)) {
                flags.add("-XX:SharedArchiveFile=" + classArchive);
            }
            runtimes.add(new Runtime("JDK 17 (AppCDS)", ServiceJvm.java(home), flags));
        });
        ServiceJvm.jdk25().ifPresent(home -> runtimes.add(new Runtime("JDK 25 (AOT cache, compact headers)",
                ServiceJvm.java(home), ServiceJvm.jdk25Flags(aotCache))));
        if (runtimes.isEmpty()) {
            runtimes.add(new Runtime("default java", ServiceJvm.defaultJava(), ServiceJvm.JDK17));
        }
        return runtimes;
    }
}
