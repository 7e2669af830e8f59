package com.tuoyu.directory.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Adobe's S3Mock (a real S3 REST API server, Spring Boot) run as its own process from the jar Maven copies to
 * {@code target/s3mock}, on free loopback ports, with its store in a temporary folder deleted on close.
 */
final class S3MockServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Path root;
    private final Path log;
    private final int httpPort;

    private S3MockServer(Process process, Path root, Path log, int httpPort) {
        this.process = process;
        this.root = root;
        this.log = log;
        this.httpPort = httpPort;
    }

    static S3MockServer start(String... initialBuckets) {
        Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Mock jar not found at " + jar + "; run the tests through Maven");
        }
        try {
            Path root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "s3mock-");
            Path log = root.resolveSibling(root.getFileName() + ".log");
            int http = freePort();
            int https = freePort();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toString(), "--http.port=" + http, "--server.port=" + https, "--server.address=127.0.0.1",
                    "--com.adobe.testing.s3mock.store.root=" + root,
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", initialBuckets),
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            S3MockServer server = new S3MockServer(process, root, log, http);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start S3Mock", e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + httpPort;
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket("127.0.0.1", httpPort)) {
                // Spring opens the port once the application is ready to serve.
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
        close();
        throw new IllegalStateException("S3Mock did not start within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
