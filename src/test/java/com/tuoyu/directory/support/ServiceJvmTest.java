package com.tuoyu.directory.support;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image runs the service as the benchmark measures it: the Dockerfile's JVM shape (the flags its AOT cache is
 * trained and used with) is {@link ServiceJvm#JDK25} but for the heap's size, which the image takes from the
 * container's memory limit.
 */
class ServiceJvmTest {

    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");

    @Test
    void theImageRunsTheBenchmarkedJvmShapeOnTemurin25() throws Exception {
        String dockerfile = Files.readString(DOCKERFILE);
        Matcher shape = Pattern.compile("ENV JAVA_SHAPE_OPTS=\"([^\"]+)\"").matcher(dockerfile);
        assertThat(shape.find()).as("JAVA_SHAPE_OPTS in docker/Dockerfile").isTrue();
        List<String> image = Arrays.asList(shape.group(1).trim().split("\\s+"));

        List<String> benchmarked = ServiceJvm.JDK25.stream()
                .filter(flag -> !flag.startsWith("-Xmx") && !flag.startsWith("-Xms")).toList();
        assertThat(image).containsAll(benchmarked);
        assertThat(image.stream().filter(flag -> !benchmarked.contains(flag)))
                .as("the image's only other shape flags size the heap, fixed, from the container's memory limit")
                .containsExactlyInAnyOrder("-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=75");

        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre AS runtime")
                .contains("com.tuoyu.directory.bench.AotTraining")
                .contains("-XX:AOTCache=/deployments/app.aot")
                .contains("-Daot.flags=\"$JAVA_SHAPE_OPTS");
    }

    @Test
    void theLocalRunUsesJdk25WhenInstalledAndTheDefaultJavaOtherwise() {
        List<String> command = LocalRun.serviceCommand(Path.of("target", "quarkus-app", "quarkus-run.jar"));
        if (ServiceJvm.jdk25().isPresent()) {
            assertThat(command.get(0)).isEqualTo(ServiceJvm.java(ServiceJvm.jdk25().get()).toString());
            assertThat(command).contains("-XX:+UseCompactObjectHeaders", "-XX:+UseSerialGC");
        } else {
            assertThat(command.get(0)).isEqualTo(ServiceJvm.defaultJava().toString());
            assertThat(command).doesNotContain("-XX:+UseCompactObjectHeaders");
        }
        assertThat(command).endsWith("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    }
}
