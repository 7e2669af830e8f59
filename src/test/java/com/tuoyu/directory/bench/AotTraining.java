package com.tuoyu.directory.bench;

import com.tuoyu.directory.support.ElasticsearchNode;
import com.tuoyu.directory.support.LocalServers;
import com.tuoyu.directory.support.ServiceJvm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The training run of JDK 25's ahead-of-time cache (JEP 483, 514, 515): the packaged service runs against a real
 * PostgreSQL and Elasticsearch with {@code -XX:AOTCacheOutput}, serves a short mix of production requests, and at
 * exit the JVM writes the cache: every class the run loaded, already parsed and linked, and the method profiles the
 * JIT gathered, so the next start neither loads those classes from jars nor profiles those methods from scratch.
 *
 * <p>{@code ./mvnw package -Paot} (the packaging step, also the Dockerfile's training stage) starts the servers and
 * demo data itself; the benchmark calls {@link #train} against the data set it loaded.
 */
public final class AotTraining {

    private AotTraining() {
    }

    /**
     * Trains {@code cache} with the service at {@code port} on the data already in {@code servers}; answers a line for
     * the report. The flags must be the production ones: the JVM refuses a cache built with another GC or header
     * layout, and a heap of another shape changes which objects the cache can hold.
     */
    static String train(LocalServers servers, int port, int size, Path work, Path java, List<String> flags, Path cache,
                        int clients, int seconds) throws Exception {
        Files.deleteIfExists(cache);
        List<String> options = new ArrayList<>(flags);
        options.add("-XX:AOTCacheOutput=" + cache.toAbsolutePath());
        long started = System.nanoTime();
        BenchRun.ServiceProcess service = BenchRun.ServiceProcess.start(java, servers, port, size,
                work.resolve("aot-training.log"), options.toArray(String[]::new));
        ServiceLoad.Result result;
        try {
            service.awaitReady(Duration.ofMinutes(5));
            ServiceLoad load;
            try (Connection db = BenchRun.connect(servers.postgres())) {
                load = ServiceLoad.training(db, "http://127.0.0.1:" + port, privateKey(), 20_000, 20261206);
            }
            BenchRun.log("AOT training: " + seconds + " s of the production mix from " + clients + " clients ...");
            result = load.runClosed(clients, Duration.ofSeconds(seconds));
        } finally {
            // SIGTERM: Quarkus shuts down, and the JVM's exit writes the cache (a child JVM assembles it; waited for).
            service.stop();
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache at " + cache + "; see " + work.resolve("aot-training.log"));
        }
        String line = String.format(Locale.ROOT, "AOT cache: trained by %d s of the production mix (nearby with and without"
                        + " filters, nursery pages, keyword pages, division statistics, map clusters, complaint submissions) from %d"
                        + " closed-model clients (%s), %d MB, training run to cache written %.0f s.", seconds, clients, result.summary(),
                Files.size(cache) / (1024 * 1024), (System.nanoTime() - started) / 1e9);
        BenchRun.log(line);
        return line;
    }

    static String privateKey() {
        return BenchRun.ServiceProcess.keys().resolve("dev-private.pem").toUri().toString();
    }

    /**
     * A throwaway key pair for the training's tokens when the tests' keys are absent (the Docker build context leaves
     * every *.pem out): the service only has to verify the tokens the training signs.
     */
    static void ensureKeys(Path work) throws Exception {
        if (Files.isRegularFile(BenchRun.ServiceProcess.keys().resolve("dev-private.pem"))) {
            return;
        }
        Path keys = Files.createDirectories(work.resolve("keys"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(keys.resolve("dev-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(keys.resolve("dev-private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        System.setProperty("service.keys", keys.toString());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /**
     * {@code ./mvnw package -Paot}: PostgreSQL, Elasticsearch and {@code aot.size} demo nurseries (default 2,000), then
     * the training run. {@code service.app} names the packaged service (default target/quarkus-app/quarkus-run.jar),
     * {@code aot.cache} the cache (default app.aot beside it), {@code aot.flags} the production JVM flags (default
     * {@link ServiceJvm#JDK25}; the Dockerfile passes its own), {@code aot.java} the JVM (default the installed JDK 25).
     */
    public static void main(String[] args) {
        try {
            Path app = BenchRun.ServiceProcess.app();
            Path cache = Path.of(System.getProperty("aot.cache", app.resolveSibling("app.aot").toString()));
            Path java = System.getProperty("aot.java", "").isBlank()
                    ? ServiceJvm.jdk25().map(ServiceJvm::java).orElseThrow(() -> new IllegalStateException(
                    "The AOT cache needs JDK 25: none found (set -Dservice.jdk25 or JAVA25_HOME)"))
                    : Path.of(System.getProperty("aot.java"));
            String flagsProperty = System.getProperty("aot.flags", "");
            List<String> flags = flagsProperty.isBlank() ? ServiceJvm.JDK25
                    : Arrays.stream(flagsProperty.trim().split("\\s+")).toList();
            int size = Integer.getInteger("aot.size", 2000);
            Path work = Path.of("target", "aot-training").toAbsolutePath();
            Files.createDirectories(work);
            ensureKeys(work);
            BenchRun.log("Starting PostgreSQL and Elasticsearch for the AOT training run ...");
            try (LocalServers servers = LocalServers.start()) {
                int port = ElasticsearchNode.freePort();
                // The demo data first, without recording: the training should see a replica serving, not loading.
                BenchRun.log("Loading " + size + " demo nurseries ...");
                BenchRun.ServiceProcess loader = BenchRun.ServiceProcess.start(java, servers, port, size,
                        work.resolve("service-load.log"), flags.toArray(String[]::new));
                try {
                    loader.awaitReady(Duration.ofMinutes(10));
                    try (Connection db = BenchRun.connect(servers.postgres())) {
                        long listed = BenchRun.scalar(db, "select count(*) from filing where status = 'FILED'");
                        BenchRun.awaitIndexed(db, "http://" + servers.elasticsearch().hostAndPort(), listed, Duration.ofMinutes(10));
                    }
                } finally {
                    loader.stop();
                }
                train(servers, port, size, work, java, flags, cache, Integer.getInteger("aot.clients", 4),
                        Integer.getInteger("aot.seconds", 30));
            }
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
