package com.tuoyu.directory.platform.topology;

import com.tuoyu.directory.support.ProductionKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One replica of the packaged service (target/quarkus-app) as its own process, as a container would run it. */
final class ServiceReplica implements AutoCloseable {

    private static final Path KEYS = Path.of("src", "test", "resources", "keys").toAbsolutePath();

    private final String name;
    private final int port;
    private Map<String, String> environment;
    private final Path log;
    private Process process;

    ServiceReplica(String name, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.log = log;
    }

    /** The environment of the next start (e.g. without demo data once they are loaded). */
    synchronized void environment(Map<String, String> next) {
        this.environment = next;
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process and waits until it reports ready; answers how long that took. */
    synchronized Duration start() {
        Instant started = Instant.now();
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(), "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", KEYS.resolve("dev-public.pem").toUri().toString());
        builder.environment().put("SMALLRYE_JWT_SIGN_KEY_LOCATION", KEYS.resolve("dev-private.pem").toUri().toString());
        builder.environment().put(ProductionKeys.ENVIRONMENT, ProductionKeys.personalDataKeyFile().toString());
        builder.environment().put("NURSERY_STORAGE_LOCAL_DIRECTORY", Path.of("target", "topology", "storage").toAbsolutePath().toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start replica " + name, e);
        }
        awaitReady();
        return Duration.between(started, Instant.now());
    }

    /** SIGKILL, as a crashed container: no shutdown hooks, no draining. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Replica " + name + " exited during start; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Replica " + name + " not ready within 3 minutes; see " + log);
    }
}
