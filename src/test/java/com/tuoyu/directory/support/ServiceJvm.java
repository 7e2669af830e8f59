package com.tuoyu.directory.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVMs the packaged service runs on outside the tests, and their flags: the production runtime (JDK 25 with the
 * ahead-of-time cache of a training run and compact object headers, as docker/Dockerfile runs it) and the one it
 * replaced (JDK 17 with an AppCDS archive), which the benchmark measures beside it.
 *
 * <p>The build and the tests stay on the default JDK (17 here): the bytecode is release 17 and runs unchanged on 25.
 */
public final class ServiceJvm {

    /** Where Temurin 25 is installed on these machines; {@code service.jdk25} or {@code JAVA25_HOME} overrides it. */
    static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /** The AOT cache the training run writes next to the packaged service ({@code ./mvnw package -Paot}). */
    public static final Path AOT_CACHE = Path.of("target", "quarkus-app", "app.aot");

    /**
     * Sizes shared by both runtimes (a replica on a small machine): a 256 MB heap, serial GC (one collector thread;
     * a small heap gains nothing from G1's regions), small thread stacks, bounded direct memory. The code cache keeps
     * the JVM's own size (240 MB reserved, committed as used): the JVM collects the whole heap each time compiled code
     * grows by 15 % of the reservation, and with 64 MB that was every 9.6 MB, seven full pauses of 90-220 ms in one
     * 10,000-nursery benchmark ("CodeCache GC Threshold" in its GC log), the p99 of whichever phase they fell in.
     */
    public static final List<String> COMMON = List.of("-XX:+UseSerialGC", "-Xmx256m", "-Xss512k",
            "-XX:ReservedCodeCacheSize=240m", "-XX:MaxDirectMemorySize=64m");

    /**
     * JDK 17 as the service ran until now: a fixed heap (growing it cost full collections of 150-240 ms in the first
     * load phases) and an AppCDS archive recorded with {@code -XX:ArchiveClassesAtExit}.
     */
    public static final List<String> JDK17 = concat(COMMON, List.of("-Xms256m"));

    /**
     * JDK 25: compact object headers (8 bytes less per object: the tile cache and the page caches are millions of
     * small objects), a fixed heap as for JDK 17, and the AOT cache (classes loaded and linked, method profiles) of
     * a training run. The same flags must train the cache: the JVM refuses a cache built with another GC or header
     * layout. Tried and dropped (2026-12-06, 100,000 nurseries): a 32 MB young generation and a heap committed as
     * used saved a little resident memory but promoted short-lived answers into the old generation, whose full
     * collections then stalled every request (nursery pages 143/s of 2,000, complaints 250/s of 500).
     */
    public static final List<String> JDK25 = concat(COMMON, List.of("-Xms256m", "-XX:+UseCompactObjectHeaders",
            "--sun-misc-unsafe-memory-access=allow"));

    private ServiceJvm() {
    }

    /** The JDK 25 home when one is installed ({@code service.jdk25}, {@code JAVA25_HOME}, Temurin's path, this JVM). */
    public static Optional<Path> jdk25() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("service.jdk25")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("JAVA25_HOME")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        candidates.add(TEMURIN_25);
        candidates.add(Path.of(System.getProperty("java.home")));
        return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/java"))
                && ElasticsearchNode.javaFeatureVersion(home) >= 25).findFirst();
    }

    /** The JDK 17 home: this JVM when it is a 17 (the default java here), else Debian's OpenJDK 17 package. */
    public static Optional<Path> jdk17() {
        Path self = Path.of(System.getProperty("java.home"));
        if (ElasticsearchNode.javaFeatureVersion(self) == 17) {
            return Optional.of(self);
        }
        Path debian = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        return ElasticsearchNode.javaFeatureVersion(debian) == 17 ? Optional.of(debian) : Optional.empty();
    }

    /** This JVM's own java, the fallback when no JDK 25 is installed. */
    public static Path defaultJava() {
        return java(Path.of(System.getProperty("java.home")));
    }

    public static Path java(Path home) {
        return home.resolve("bin").resolve("java");
    }

    /**
     * The command-line flags of the production runtime with its AOT cache when {@code cache} exists (a cache from
     * another build of the jars is refused by the JVM with a warning, and the service starts without it).
     */
    public static List<String> jdk25Flags(Path cache) {
        List<String> flags = new ArrayList<>(JDK25);
        if (Files.isRegularFile(cache)) {
            flags.add("-XX:AOTCache=" + cache.toAbsolutePath());
        }
        return flags;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
