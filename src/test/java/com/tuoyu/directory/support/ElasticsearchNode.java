package com.tuoyu.directory.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Elasticsearch node started from the official integ-test distribution as its own process.
 *
 * <p>Elasticsearch 9 needs a JDK 21+ (the service itself runs on 17) and refuses to run as root, so
 * as root the node runs as the unprivileged user 65534 from a world-readable work folder. Its config,
 * data, logs and temp folders all live in that work folder, which is deleted when the node is closed.
 *
 * <p>By default a single-node cluster with a 512 MB heap; {@link #clusterMember} makes one node of a cluster.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final int UNPRIVILEGED_ID = 65534;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    /** Three nodes starting at once on a shared 2-core machine have taken more than 4 minutes. */
    private static final Duration CLUSTER_START_TIMEOUT = Duration.ofMinutes(10);

    private final Path distribution;
    private final Path javaHome;
    private final Path workDir;
    private final Path home;
    private final int httpPort;
    private final int transportPort;
    private final boolean asRoot;
    private final Member member;
    private Process process;

    /**
     * One node of a multi-node cluster on loopback: its name, its HTTP and transport ports, the transport addresses
     * of every node (seed hosts), the names of the first master-eligible nodes, the heap (e.g. "1g") and the
     * elasticsearch.yml settings the cluster shares (cluster.name, ...).
     */
    public record Member(String nodeName, int httpPort, int transportPort, List<String> seedHosts,
                         List<String> initialMasterNodes, String heap, Map<String, String> settings) {
    }

    private ElasticsearchNode(Path distribution, Member member) {
        this.distribution = distribution;
        this.member = member;
        this.javaHome = findJava21OrNewer();
        this.asRoot = "root".equals(System.getProperty("user.name")) || isUidZero();
        this.httpPort = member == null ? freePort() : member.httpPort();
        this.transportPort = member == null ? freePort() : member.transportPort();
        try {
            // Not java.io.tmpdir: that may sit inside a clone the unprivileged user cannot enter.
            this.workDir = Files.createTempDirectory(Path.of("/tmp"), "nursery-es-");
            Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            this.home = readableByOthers(distribution) || !asRoot ? distribution : copyDistribution();
            prepareConfig();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Elasticsearch work folder", e);
        }
    }

    /** Prepares a node from the unpacked distribution; call {@link #start()} to run it. */
    public static ElasticsearchNode fromDistribution(Path distribution) {
        return new ElasticsearchNode(checked(distribution), null);
    }

    /** Prepares one node of a cluster (see {@link Member}); start the nodes in parallel: none is healthy alone. */
    public static ElasticsearchNode clusterMember(Path distribution, Member member) {
        return new ElasticsearchNode(checked(distribution), member);
    }

    private static Path checked(Path distribution) {
        if (!Files.isExecutable(distribution.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch distribution at " + distribution
                    + ": run the Maven build (it unpacks org.elasticsearch.distribution.integ-test-zip) first");
        }
        return distribution;
    }

    public String nodeName() {
        return member == null ? "local-node" : member.nodeName();
    }

    public String hostAndPort() {
        return "127.0.0.1:" + httpPort;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the node and waits until the cluster is at least yellow. Data survives a stop and start. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups"));
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.remove("JAVA_HOME");
        env.put("ES_PATH_CONF", workDir.resolve("config").toString());
        env.put("ES_TMPDIR", workDir.resolve("tmp").toString());
        String heap = member == null ? "512m" : member.heap();
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:-UsePerfData");
        // The launcher JVM would otherwise leave final-flags* and hsperfdata folders in /tmp.
        env.put("CLI_JAVA_OPTS", "-XX:-UsePerfData -Djava.io.tmpdir=" + workDir.resolve("tmp"));
        // ...and the short-lived JVMs it starts to probe flags would leave /tmp/hsperfdata_<user>.
        env.put("JAVA_TOOL_OPTIONS", "-XX:-UsePerfData");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch Elasticsearch", e);
        }
        awaitHealthy();
    }

    /** Kills the node at once with SIGKILL (its launcher and the server JVM), as a crash would; its data stays. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by the caller's health checks
            }
        }
        process = null;
    }

    /** Stops the node with SIGTERM (and its launcher's children), keeping its data for a later start. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process = null;
    }

    @Override
    public synchronized void close() {
        stop();
        deleteRecursively(workDir);
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://" + hostAndPort() + "/_cluster/health?wait_for_status=yellow&timeout=2s");
        Duration timeout = member == null ? START_TIMEOUT : CLUSTER_START_TIMEOUT;
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited during start-up:\n" + consoleTail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Elasticsearch was not healthy within " + timeout.toSeconds() + " s:\n" + consoleTail());
    }

    private void prepareConfig() throws IOException {
        Path config = Files.createDirectories(workDir.resolve("config"));
        try (Stream<Path> files = Files.walk(distribution.resolve("config"))) {
            for (Path source : files.toList()) {
                Path target = config.resolve(distribution.resolve("config").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (member == null) {
            settings.put("cluster.name", "nursery-directory-local");
            settings.put("node.name", "local-node");
            settings.put("discovery.type", "single-node");
        } else {
            settings.put("node.name", member.nodeName());
            settings.put("discovery.seed_hosts", "[" + String.join(", ", member.seedHosts()) + "]");
            settings.put("cluster.initial_master_nodes", "[" + String.join(", ", member.initialMasterNodes()) + "]");
        }
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", String.valueOf(httpPort));
        settings.put("transport.port", String.valueOf(transportPort));
        settings.put("path.data", workDir.resolve("data").toString());
        settings.put("path.logs", workDir.resolve("logs").toString());
        settings.put("xpack.security.enabled", "false");
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        settings.put("action.destructive_requires_name", "false");
        if (member != null) {
            // The cluster's shared settings win (Elasticsearch refuses a key given twice).
            settings.putAll(member.settings());
        }
        StringBuilder yaml = new StringBuilder();
        settings.forEach((key, value) -> yaml.append(key).append(": ").append(value).append('\n'));
        Files.writeString(config.resolve("elasticsearch.yml"), yaml);
        for (String folder : List.of("data", "logs", "tmp")) {
            Files.createDirectories(workDir.resolve(folder));
        }
        if (asRoot) {
            run("chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, workDir.toString());
        }
    }

    private Path copyDistribution() throws IOException {
        Path copy = workDir.resolve("home");
        run("cp", "-r", distribution.toString(), copy.toString());
        run("chmod", "-R", "a+rX", copy.toString());
        return copy;
    }

    private static boolean readableByOthers(Path path) throws IOException {
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    static Path findJava21OrNewer() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("ES_JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> list = Files.list(jvms)) {
                list.sorted(Comparator.reverseOrder()).forEach(candidates::add);
            } catch (IOException e) {
                // fall through to the message below
            }
        }
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")) && javaFeatureVersion(home) >= 21)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Elasticsearch 9 needs a JDK 21 or newer to run, and none was found: set ES_JAVA_HOME to one"
                                + " (the service itself runs on JDK 17). Looked at: " + candidates));
    }

    static int javaFeatureVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String feature = version.split("[.+-]")[0];
                    return Integer.parseInt(feature.equals("1") ? version.split("\\.")[1] : feature);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static boolean isUidZero() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .anyMatch(line -> line.split("\\s+")[1].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("console.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console output)";
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("Command failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        }
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover folder is reported by the next run's tmp check
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
