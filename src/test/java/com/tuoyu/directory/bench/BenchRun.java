package com.tuoyu.directory.bench;

import com.tuoyu.directory.support.ProductionKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tuoyu.directory.search.NurserySearchService;
import com.tuoyu.directory.search.SearchParameters;
import com.tuoyu.directory.support.ElasticsearchNode;
import com.tuoyu.directory.support.LocalServers;
import com.tuoyu.directory.support.PostgresServer;
import com.tuoyu.directory.support.ServiceJvm;
import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The benchmark (issue #8), one command: {@code bench/run.sh} ({@code ./mvnw package -Pbench}).
 *
 * <ol>
 * <li>starts a real PostgreSQL and Elasticsearch (the local run's machinery) and the packaged service with
 * {@code bench.size} deterministic demo nurseries, loaded through the service's own import and indexing path
 * (outbox → Elasticsearch), and waits until the index has caught up;</li>
 * <li>restarts the service with a small heap and measures its start;</li>
 * <li>force-merges the index, adds the PostgreSQL baseline's GiST index and starts the baseline server;</li>
 * <li>writes request feeders and a plan, then drives open-model load with Gatling (bench/pom.xml) for every
 * scenario and its baselines, alternating A B A B over {@code bench.runs} runs;</li>
 * <li>measures single-client latency with microsecond resolution (Gatling reports whole milliseconds) for the
 * API overhead over the raw Elasticsearch query;</li>
 * <li>writes {@code bench/results/<date>.md} with machine facts, data size and the median of the runs.</li>
 * </ol>
 */
public final class BenchRun {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    static final String ALIAS = "nurseries";
    private BenchRun() {
    }

    /** Every scenario, in the order the plan runs them. */
    static final List<String> SCENARIOS = List.of("startup", "nearby", "nearby-filtered", "keyword", "detail", "statistics", "indicators",
            "noisy", "map", "complaint", "risk");

    /**
     * @param scenarios the scenarios to run ({@code bench.scenarios}, a comma list, default all): a quick iteration
     *                  on one endpoint need not wait for the others' phases, ladders and probes
     */
    record Settings(int size, int runs, int seconds, int warmupSeconds, Map<String, Double> rates, List<Double> ladder,
                    List<Double> keywordLadder, Path results, String note, boolean profile, List<String> scenarios) {

        boolean runs(String scenario) {
            return scenarios.contains(scenario);
        }

        static Settings fromSystemProperties() {
            Map<String, Double> rates = new LinkedHashMap<>();
            for (String scenario : SCENARIOS) {
                rates.put(scenario, Double.parseDouble(System.getProperty("bench.rate." + scenario,
                        switch (scenario) {
                            case "nearby", "nearby-filtered" -> "500";
                            case "keyword" -> "250";
                            case "detail" -> "2000";
                            case "statistics", "indicators" -> "1000";
                            case "noisy" -> "500";
                            case "map" -> "200";
                            default -> "500";
                        })));
            }
            return new Settings(Integer.getInteger("bench.size", 100_000), Integer.getInteger("bench.runs", 3),
                    Integer.getInteger("bench.seconds", 5), Integer.getInteger("bench.warmup", 5), rates,
                    rates("bench.ladder", "500,1000,2000"), rates("bench.keyword.ladder", "500,1000,2000,3000"),
                    Path.of(System.getProperty("bench.results", "bench/results")),
                    System.getProperty("bench.note", System.getenv().getOrDefault("BENCH_NOTE", "")),
                    Boolean.getBoolean("bench.profile"), scenarios(System.getProperty("bench.scenarios", "")));
        }

        private static List<String> scenarios(String property) {
            List<String> asked = Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            for (String scenario : asked) {
                if (!SCENARIOS.contains(scenario)) {
                    throw new IllegalArgumentException("bench.scenarios: unknown scenario " + scenario + "; known: " + SCENARIOS);
                }
            }
            return asked.isEmpty() ? SCENARIOS : SCENARIOS.stream().filter(asked::contains).toList();
        }

        private static List<Double> rates(String property, String fallback) {
            return Arrays.stream(System.getProperty(property, fallback).split(","))
                    .filter(s -> !s.isBlank()).map(Double::parseDouble).toList();
        }
    }

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            // Non-daemon threads (Vert.x) would keep the JVM, and so the servers, alive: the hook stops them.
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path work = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(work);
        Facts facts = new Facts();
        facts.put("started", Instant.now().toString());
        facts.put("load average at start", Files.readString(Path.of("/proc/loadavg")).trim());
        long t0 = System.nanoTime();
        log("Starting PostgreSQL and Elasticsearch ...");
        LocalServers servers = LocalServers.start();
        ServiceProcess[] service = new ServiceProcess[1];
        PostgresBaseline[] baseline = new PostgresBaseline[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (service[0] != null) {
                service[0].stop();
            }
            if (baseline[0] != null) {
                baseline[0].close();
            }
            servers.close();
        }, "stop-bench"));
        int port = ElasticsearchNode.freePort();
        String base = "http://127.0.0.1:" + port;
        String es = "http://" + servers.elasticsearch().hostAndPort();

        log("Loading " + settings.size() + " demo nurseries through the service ...");
        long loadStart = System.nanoTime();
        Path classArchive = work.resolve("app-cds.jsa");
        Files.deleteIfExists(classArchive);
        // The loading run also records the classes the service uses, for the measured start (AppCDS).
        service[0] = ServiceProcess.start(servers, port, settings.size(), work.resolve("service-load.log"),
                "-XX:+UseSerialGC", "-Xmx1g", "-XX:ArchiveClassesAtExit=" + classArchive);
        try {
            service[0].awaitReady(Duration.ofMinutes(40));
        } catch (IllegalStateException e) {
            // On a machine loaded far beyond its cores the first start's database check can time out before any
            // nursery is written; once more, then give up.
            log("The loading run did not start (" + e.getMessage() + "); once more ...");
            service[0] = ServiceProcess.start(servers, port, settings.size(), work.resolve("service-load-2.log"),
                    "-XX:+UseSerialGC", "-Xmx1g", "-XX:ArchiveClassesAtExit=" + classArchive);
            service[0].awaitReady(Duration.ofMinutes(40));
        }
        long loaded = (System.nanoTime() - loadStart) / 1_000_000;
        long listed;
        try (Connection db = connect(servers.postgres())) {
            listed = scalar(db, "select count(*) from filing where status = 'FILED'");
            awaitIndexed(db, es, listed, Duration.ofMinutes(20));
        }
        long indexed = (System.nanoTime() - loadStart) / 1_000_000;
        facts.put("nurseries generated", String.valueOf(settings.size()));
        facts.put("nurseries listed (filed)", String.valueOf(listed));
        facts.put("load through the service (import, start)", seconds(loaded));
        facts.put("load until the index caught up (outbox → Elasticsearch)", seconds(indexed));
        service[0].stop();

        // The production runtime (JDK 25) starts from an AOT cache trained on this data set, as the image's is.
        Path aotCache = work.resolve("app.aot");
        Files.deleteIfExists(aotCache);
        String training = "";
        Optional<Path> jdk25 = ServiceJvm.jdk25();
        if (jdk25.isPresent()) {
            log("AOT training run on JDK 25 ...");
            training = AotTraining.train(servers, port, settings.size(), work, ServiceJvm.java(jdk25.get()), ServiceJvm.JDK25,
                    aotCache, Integer.getInteger("aot.clients", 4), Integer.getInteger("aot.seconds", 30));
        }
        if (Integer.getInteger("bench.hold", 0) > 0) {
            // For trying JVM flags by hand: the servers and data stay up; target/bench/service.env has the environment.
            log("Holding the servers for " + Integer.getInteger("bench.hold") + " minutes (port " + port + ") ...");
            Thread.sleep(Duration.ofMinutes(Integer.getInteger("bench.hold")).toMillis());
        }
        List<StartupComparison.Runtime> runtimes = StartupComparison.installed(classArchive, aotCache);
        String startup = "";
        if (settings.runs("startup")) {
            log("Startup and memory: " + runtimes.stream().map(StartupComparison.Runtime::name).toList() + " ...");
            StartupComparison comparison = new StartupComparison(servers, port, settings.size(), work);
            startup = comparison.render(comparison.run(runtimes), training);
        }
        if (settings.scenarios().equals(List.of("startup"))) {
            String markdown = Report.renderStartupOnly(settings, facts, startup, (System.nanoTime() - t0) / 1_000_000_000);
            write(settings, markdown, "-startup");
            return;
        }

        // The load phases measure the production runtime: the last one installed (JDK 25 when present).
        StartupComparison.Runtime measured = runtimes.get(runtimes.size() - 1);
        log("Restarting the service for the measurement (" + measured.name() + ") ...");
        List<String> options = new ArrayList<>(measured.flags());
        // The collector's pauses, to tell a latency tail from a stop of the world.
        options.add("-Xlog:gc:file=" + work.resolve("gc.log") + ":uptime");
        if (settings.profile()) {
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + work.resolve("service.jfr") + ",dumponexit=true");
            options.add("-XX:NativeMemoryTracking=summary");
        }
        facts.put("service JVM", measured.name() + ": " + measured.java());
        facts.put("service JVM options", String.join(" ", options));
        service[0] = ServiceProcess.start(measured.java(), servers, port, settings.size(), work.resolve("service.log"),
                options.toArray(String[]::new));
        long readyMs = service[0].awaitReady(Duration.ofMinutes(3));
        facts.put("service start to ready (process start → /q/health/ready 200)", readyMs + " ms");
        facts.put("service start as Quarkus reports it", service[0].quarkusStart());

        http("POST", es + "/" + ALIAS + "/_forcemerge?max_num_segments=1", null);
        http("POST", es + "/" + ALIAS + "/_refresh", null);
        JsonNode stats = JSON.readTree(http("GET", es + "/" + ALIAS + "/_stats/store,docs", null));
        facts.put("Elasticsearch index", JSON.readTree(http("GET", es + "/_cat/indices/" + ALIAS + "?format=json&h=index,docs.count,store.size,pri", null)).toString());
        int pgBaselinePort = ElasticsearchNode.freePort();
        try (Connection db = connect(servers.postgres()); Statement st = db.createStatement()) {
            st.execute(PostgresBaseline.INDEX_DDL);
            facts.put("PostgreSQL nursery table with indexes", String.valueOf(scalarString(db,
                    "select pg_size_pretty(pg_total_relation_size('nursery'))")));
        }
        // A fair baseline: right after a bulk load every row still needs its hint bits set, and the first readers
        // write them (dirtying pages, WAL with checksums), so the baseline's p50 rose from 5 ms to 723 ms between two
        // runs for a reason no production database has. VACUUM (FREEZE, ANALYZE) sets them, marks the pages all-visible
        // (index-only scans) and gathers the statistics; CHECKPOINT writes the dirtied pages before anything is timed.
        long vacuumStarted = System.nanoTime();
        try (Connection db = superuser(servers.postgres()); Statement st = db.createStatement()) {
            st.execute("vacuum (freeze, analyze)");
            st.execute("checkpoint");
        }
        facts.put("PostgreSQL after the bulk load", "VACUUM (FREEZE, ANALYZE) and CHECKPOINT, "
                + seconds((System.nanoTime() - vacuumStarted) / 1_000_000) + "; the baseline is then warmed as ours is (the same"
                + " warm-up phase at the same rate per scenario, the first tenth of single-client probes not counted)");
        baseline[0] = PostgresBaseline.start(servers.postgres().port(), PostgresServer.DATABASE, PostgresServer.USER,
                PostgresServer.PASSWORD, pgBaselinePort);
        String pg = "http://127.0.0.1:" + pgBaselinePort;

        Workload workload;
        try (Connection db = connect(servers.postgres())) {
            workload = Workload.create(db, work, base, es, pg, settings);
        }
        Path plan = workload.plan(settings);
        facts.put("scenarios run", String.join(", ", settings.scenarios()));
        // The exactness check and the probe are about search; a run of other scenarios only would wait for nothing.
        boolean search = settings.runs("nearby") || settings.runs("nearby-filtered") || settings.runs("keyword");
        if (search) {
            log("Exactness check of the baselines and the API on " + Workload.CHECKS + " points ...");
            facts.put("exactness (API vs PostgreSQL baseline, same ids in the same order)", workload.checkExactness());
        }

        boolean durableLoad = Boolean.getBoolean(PostgresServer.DURABLE);
        boolean durable = durableLoad || Boolean.parseBoolean(System.getProperty("bench.durable", "true"));
        if (durable && !durableLoad) {
            // Loaded fast without durability; measured as production runs: every commit waits for its WAL flush.
            try (Connection db = superuser(servers.postgres()); Statement st = db.createStatement()) {
                st.execute("alter system set fsync = on");
                st.execute("alter system set full_page_writes = on");
                st.execute("alter system set synchronous_commit = on");
                st.execute("select pg_reload_conf()");
                st.execute("checkpoint");
            }
        }
        facts.put("PostgreSQL durability during the load phases", durable
                ? "as in production: fsync, synchronous_commit and full_page_writes on" + (durableLoad ? " (also while loading)" : " (switched on after loading)")
                : "off: fsync, synchronous_commit and full_page_writes off (bench.durable=false)");
        boolean statements = Boolean.getBoolean(PostgresServer.TRACK_STATEMENTS);
        if (statements) {
            try (Connection db = superuser(servers.postgres()); Statement st = db.createStatement()) {
                st.execute("create extension if not exists pg_stat_statements");
                st.execute("select pg_stat_statements_reset()");
            }
        }
        if (settings.runs("detail") || settings.runs("noisy")) {
            // Parents' steady traffic keeps the pages they open cached; the first opening of a page (built from
            // PostgreSQL) is timed on its own in the figures probe.
            log("Opening each of the " + workload.detailIds().size() + " detail pages of the load once ...");
            for (String id : workload.detailIds()) {
                http("GET", base + "/api/v1/nurseries/" + id, null);
            }
        }
        log("Driving load with Gatling ...");
        ResourceSampler sampler = new ResourceSampler(service[0].pid());
        sampler.start();
        Path gatlingResults = runGatling(plan, work);
        sampler.stop();
        if (statements) {
            Path file = work.resolve("pg-statements.txt");
            Files.writeString(file, topStatements(servers.postgres()));
            log("Statements by total time during the load: " + file);
        }
        if (settings.profile()) {
            // Where the resident memory goes, by JVM area, right after the load.
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(service[0].pid()), "VM.native_memory", "summary")
                    .redirectErrorStream(true).redirectOutput(work.resolve("native-memory.txt").toFile()).start().waitFor();
        }
        facts.put("service RSS under load (max / median of 1 s samples)", sampler.rssSummary());
        facts.put("CPU steal during load", sampler.stealSummary());
        facts.put("CPU busy during load (all processes)", sampler.busySummary());
        facts.put("service CPU during load (share of the machine's CPU time)", sampler.serviceSummary());
        facts.put("service GC pauses (whole run: count, total, longest)", gcPauses(work.resolve("gc.log")));

        Map<String, double[]> probe = Map.of();
        if (search) {
            log("Single-client latency probe ...");
            probe = workload.probe();
        }

        Map<String, double[]> figures = Map.of();
        if (settings.runs("risk") || settings.runs("detail")) {
            log("Public pages and risk ranking probe ...");
            try (Connection db = connect(servers.postgres())) {
                figures = FiguresProbe.create(db, base, Path.of("src", "test", "resources", "keys", "dev-private.pem")
                        .toAbsolutePath().toUri().toString(), workload.detailIds()).run(settings.runs("risk"));
            }
        }

        String console = "";
        if (Boolean.parseBoolean(System.getProperty("bench.console", "true"))) {
            log("Console API probe ...");
            try (Connection db = connect(servers.postgres())) {
                console = ConsoleProbe.create(db, base, Path.of("src", "test", "resources", "keys", "dev-private.pem")
                        .toAbsolutePath().toUri().toString()).run();
            }
        }
        String markdown = Report.render(settings, facts, Files.readString(gatlingResults), probe, figures,
                (System.nanoTime() - t0) / 1_000_000_000) + startup + console;
        write(settings, markdown, "");
    }

    private static void write(Settings settings, String markdown, String suffix) throws IOException {
        Files.createDirectories(settings.results());
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        Path out = settings.results().resolve(date + (settings.size() == 100_000 ? "" : "-" + settings.size()) + suffix + ".md");
        Files.writeString(out, markdown);
        log("Results written to " + out.toAbsolutePath());
        System.out.println(markdown);
    }

    /** The statements the database spent the most time on, with calls, mean and total milliseconds and rows. */
    static String topStatements(PostgresServer postgres) throws SQLException {
        StringBuilder out = new StringBuilder("calls | mean ms | total ms | rows | statement\n");
        try (Connection db = superuser(postgres); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select calls, mean_exec_time, total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')"
                        + " from pg_stat_statements order by total_exec_time desc limit 25")) {
            while (rs.next()) {
                out.append(String.format(Locale.ROOT, "%d | %.3f | %.0f | %d | %s%n", rs.getLong(1), rs.getDouble(2),
                        rs.getDouble(3), rs.getLong(4), rs.getString(5)));
            }
        }
        return out.toString();
    }

    static Path runGatling(Path plan, Path work) throws IOException, InterruptedException {
        Path bench = Path.of("bench").toAbsolutePath();
        Path mvnw = Path.of("mvnw").toAbsolutePath();
        Path resultsDir = bench.resolve("target").resolve("gatling");
        ProcessBuilder builder = new ProcessBuilder(mvnw.toString(), "-B", "-q", "-f", bench.resolve("pom.xml").toString(),
                "test-compile", "gatling:test", "-Dbench.plan=" + plan)
                .redirectErrorStream(true).redirectOutput(work.resolve("gatling.log").toFile());
        long since = System.currentTimeMillis();
        Process gatling = builder.start();
        int exit = gatling.waitFor();
        // Gatling exits non-zero when a request failed; the report counts failures, so go on as long as it wrote one.
        try (var dirs = Files.list(resultsDir)) {
            Path latest = dirs.filter(Files::isDirectory).filter(d -> d.toFile().lastModified() >= since)
                    .max(java.util.Comparator.comparingLong(d -> d.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report (exit " + exit + "); see " + work.resolve("gatling.log")));
            return latest.resolve("index.html");
        }
    }

    static void awaitIndexed(Connection db, String es, long listed, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long pending = scalar(db, "select count(*) from outbox_event");
            long count = 0;
            try {
                http("POST", es + "/" + ALIAS + "/_refresh", null);
                count = JSON.readTree(http("POST", es + "/" + ALIAS + "/_count", "{\"query\":{\"term\":{\"listed\":true}}}"))
                        .path("count").asLong();
            } catch (IOException e) {
                // the index may not exist yet
            }
            if (pending == 0 && count == listed) {
                return;
            }
            log("  indexed " + count + " of " + listed + ", outbox " + pending);
            Thread.sleep(2000);
        }
        throw new IllegalStateException("The index did not catch up within " + timeout);
    }

    static Connection connect(PostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** zonky's superuser (trust authentication), which the pg_stat_statements extension and its reset need. */
    static Connection superuser(PostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
    }

    static long scalar(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String scalarString(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String http(String method, String url, String body) throws IOException, InterruptedException {
        return http(method, url, body, null);
    }

    static String http(String method, String url, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static void log(String message) {
        System.out.println("[bench " + DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.now()).substring(0, 8) + "] " + message);
    }

    /** Ordered facts for the report. */
    static final class Facts extends LinkedHashMap<String, String> {
    }

    /** The packaged service as a process, configured like a deployment (prod profile, env variables). */
    static final class ServiceProcess {
        private final Process process;
        private final Path log;
        private final String base;
        private final long started;

        private ServiceProcess(Process process, Path log, String base, long started) {
            this.process = process;
            this.log = log;
            this.base = base;
            this.started = started;
        }

        /** The packaged service: {@code service.app}, by default target/quarkus-app/quarkus-run.jar. */
        static Path app() {
            Path app = Path.of(System.getProperty("service.app", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
            if (!Files.isRegularFile(app)) {
                throw new IllegalStateException("No packaged service at " + app + ": run bench/run.sh");
            }
            return app;
        }

        static ServiceProcess start(LocalServers servers, int port, int size, Path log, String... jvmOptions) throws IOException {
            return start(ServiceJvm.defaultJava(), servers, port, size, log, jvmOptions);
        }

        static ServiceProcess start(Path java, LocalServers servers, int port, int size, Path log, String... jvmOptions) throws IOException {
            Path app = app();
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(), "-jar", app.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            // glibc's per-thread arenas add tens of MB of RSS to a JVM with many threads for nothing.
            env.put("MALLOC_ARENA_MAX", "2");
            servers.serviceConfig().forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
            env.put("QUARKUS_PROFILE", "prod");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            // Behind the proxy, as compose.yaml runs it: the load generator plays nginx and names each simulated
            // client's address in X-Forwarded-For (per-client rate limits count addresses, not the one load host).
            env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
            env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
            env.put("NURSERY_DEMO_DATA_ENABLED", "true");
            env.put("NURSERY_DEMO_DATA_SIZE", String.valueOf(size));
            env.put("NURSERY_REFERENCE_EXTRA_DIVISIONS", Path.of("bench", "data", "national-cities.csv").toAbsolutePath().toString());
            env.put("NURSERY_STORAGE_LOCAL_DIRECTORY", Path.of("target", "bench", "storage").toAbsolutePath().toString());
            Path keys = keys();
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("dev-public.pem").toUri().toString());
            env.put(ProductionKeys.ENVIRONMENT, ProductionKeys.personalDataKeyFile().toString());
            env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("dev-private.pem").toUri().toString());
            Files.writeString(log.resolveSibling("service.env"), env.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("QUARKUS_") || e.getKey().startsWith("NURSERY_") || e.getKey().startsWith("MP_")
                            || e.getKey().startsWith("SMALLRYE_") || e.getKey().equals("MALLOC_ARENA_MAX"))
                    .map(e -> "export " + e.getKey() + "='" + e.getValue() + "'").collect(Collectors.joining("\n", "", "\n")));
            long started = System.nanoTime();
            return new ServiceProcess(builder.start(), log, "http://127.0.0.1:" + port, started);
        }

        /** The development key pair the service verifies tokens with ({@code service.keys}, default the tests' keys). */
        static Path keys() {
            return Path.of(System.getProperty("service.keys", "src/test/resources/keys")).toAbsolutePath();
        }

        long pid() {
            return process.pid();
        }

        /** Milliseconds from process start to the first ready answer. */
        long awaitReady(Duration timeout) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && process.isAlive()) {
                try {
                    HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return (System.nanoTime() - started) / 1_000_000;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("The service did not become ready; see " + log);
        }

        String quarkusStart() {
            try {
                var matcher = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
                return matcher.find() ? matcher.group(1) + " s" : "not found in the log";
            } catch (IOException e) {
                return "log unreadable";
            }
        }

        void stop() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Samples the service's resident memory and the machine's CPU counters once a second. */
    static final class ResourceSampler {
        private final long pid;
        private final List<Long> rssKb = new ArrayList<>();
        private long[] cpuStart;
        private long[] cpuEnd;
        private long serviceStart;
        private long serviceEnd;
        private Thread thread;
        private volatile boolean running = true;

        ResourceSampler(long pid) {
            this.pid = pid;
        }

        void start() {
            cpuStart = cpu();
            serviceStart = serviceTicks();
            thread = new Thread(() -> {
                while (running) {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                            if (line.startsWith("VmRSS:")) {
                                synchronized (rssKb) {
                                    rssKb.add(Long.parseLong(line.replaceAll("[^0-9]", "")));
                                }
                            }
                        }
                        Thread.sleep(1000);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }, "bench-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(3000);
            cpuEnd = cpu();
            serviceEnd = serviceTicks();
        }

        static long[] cpu() {
            try {
                String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
                return Arrays.stream(line.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
            } catch (IOException e) {
                return new long[10];
            }
        }

        List<Long> rssSamplesKb() {
            synchronized (rssKb) {
                return List.copyOf(rssKb);
            }
        }

        String rssSummary() {
            synchronized (rssKb) {
                if (rssKb.isEmpty()) {
                    return "not sampled";
                }
                List<Long> sorted = rssKb.stream().sorted().toList();
                return String.format(Locale.ROOT, "%d MB / %d MB", sorted.get(sorted.size() - 1) / 1024,
                        sorted.get(sorted.size() / 2) / 1024);
            }
        }

        private double share(int... fields) {
            long total = 0;
            long part = 0;
            for (int i = 0; i < Math.min(cpuStart.length, cpuEnd.length); i++) {
                long delta = cpuEnd[i] - cpuStart[i];
                if (i < 8) {
                    total += delta; // user nice system idle iowait irq softirq steal (guest is inside user)
                }
                for (int f : fields) {
                    if (f == i) {
                        part += delta;
                    }
                }
            }
            return total == 0 ? 0 : 100.0 * part / total;
        }

        /** The service's user and system time in clock ticks (/proc/<pid>/stat fields 14 and 15). */
        private long serviceTicks() {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15, counted from 3
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** Whether the service or the rest of the machine (load generator, databases, other tenants) used the CPU. */
        String serviceSummary() {
            long total = 0;
            for (int i = 0; i < Math.min(8, Math.min(cpuStart.length, cpuEnd.length)); i++) {
                total += cpuEnd[i] - cpuStart[i];
            }
            long service = serviceEnd - serviceStart;
            return String.format(Locale.ROOT, "%.1f %% (%.1f CPU-seconds)", total == 0 ? 0 : 100.0 * service / total,
                    service / 100.0);
        }

        String stealSummary() {
            return String.format(Locale.ROOT, "%.1f %% of CPU time (from /proc/stat)", share(7));
        }

        String busySummary() {
            return String.format(Locale.ROOT, "%.1f %% (user+nice+system+irq+softirq)", share(0, 1, 2, 5, 6));
        }
    }

    /** An administrator's token, for dropping the tile cache before an uncached probe. */
    static String adminToken(String privateKey) {
        return Jwt.issuer("https://nursery-directory.cn").audience("nursery-directory").subject("bench-admin")
                .groups(Set.of("ADMIN")).claim("token_type", "access").expiresIn(Duration.ofHours(3))
                .jws().sign(privateKey);
    }

    static String token(String subject, String privateKey) {
        return Jwt.issuer("https://nursery-directory.cn").audience("nursery-directory").subject(subject)
                .groups(Set.of("PARENT")).claim("token_type", "access").expiresIn(Duration.ofHours(3))
                .jws().sign(privateKey);
    }

    /** Count, sum and longest of the pauses in a {@code -Xlog:gc} file ("... Pause Young ... 12.345ms"). */
    static String gcPauses(Path log) {
        try (java.util.stream.Stream<String> lines = Files.lines(log)) {
            java.util.DoubleSummaryStatistics pauses = lines.filter(line -> line.contains(" Pause "))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(last -> last.endsWith("ms"))
                    .mapToDouble(last -> Double.parseDouble(last.substring(0, last.length() - 2)))
                    .summaryStatistics();
            return String.format(Locale.ROOT, "%d, %.0f ms, %.1f ms", pauses.getCount(), pauses.getSum(),
                    pauses.getCount() == 0 ? 0 : pauses.getMax());
        } catch (IOException | RuntimeException e) {
            return "not read (" + e.getClass().getSimpleName() + ")";
        }
    }
}
