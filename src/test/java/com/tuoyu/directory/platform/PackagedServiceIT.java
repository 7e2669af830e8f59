package com.tuoyu.directory.platform;

import com.tuoyu.directory.support.ProductionKeys;

import com.tuoyu.directory.support.LocalServers;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged service as production runs it, as its own process against real PostgreSQL and Elasticsearch: it
 * refuses to start without its signing keys, and a complaint acknowledged with 201 survives a SIGKILL.
 */
class PackagedServiceIT {

    private static LocalServers servers;
    private static final Path KEYS = Path.of("src", "test", "resources", "keys").toAbsolutePath();

    @BeforeAll
    static void startServers() {
        servers = LocalServers.start();
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void everyAcknowledgedComplaintSurvivesAKilledService() throws Exception {
        int port = com.tuoyu.directory.support.ElasticsearchNode.freePort();
        Process first = startService(port);
        List<String> acknowledged = new ArrayList<>();
        String parentId = "durable-" + UUID.randomUUID();
        String token = parentToken(parentId);
        try {
            awaitReady(port, first);
            RestAssured.port = port;
            // The demo nurseries reach the index through the outbox within moments of the start (generous: on a
            // loaded machine Elasticsearch took more than 30 s).
            String nursery = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).until(
                    () -> given().queryParam("size", 1).get("/api/v1/nurseries").then().extract().<String>path("items[0].id"),
                    java.util.Objects::nonNull);
            for (int i = 0; i < 5; i++) {
                acknowledged.add(given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("nurseryId", nursery, "category", "OTHER",
                                "description", "第" + (i + 1) + "次反映：接送时门口无人值守。",
                                "incidentDate", LocalDate.now().minusDays(1).toString()))
                        .post("/api/v1/complaints").then().statusCode(201).extract().path("id"));
            }
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process second = startService(port);
        try {
            awaitReady(port, second);
            for (String id : acknowledged) {
                given().auth().oauth2(token).get("/api/v1/complaints/{id}", id).then().statusCode(200)
                        .body("status", equalTo("SUBMITTED"));
            }
            assertThat(given().auth().oauth2(token).get("/api/v1/complaints").jsonPath().getList("id", String.class))
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    private static String parentToken(String parentId) {
        return Jwt.subject(parentId).groups(Set.of("PARENT")).claim("token_type", "access")
                .issuer("https://nursery-directory.cn").audience("nursery-directory")
                .expiresIn(Duration.ofMinutes(15)).jws().keyId("dev").sign(KEYS.resolve("dev-private.pem").toString());
    }

    @Test
    void productionRefusesToStartWithoutItsSigningKeys() throws Exception {
        int port = com.tuoyu.directory.support.ElasticsearchNode.freePort();
        Path log = Path.of("target", "refuses-without-keys.log");
        java.nio.file.Files.deleteIfExists(log);
        ProcessBuilder builder = serviceProcess(port, log);
        builder.environment().remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        builder.environment().remove("SMALLRYE_JWT_SIGN_KEY_LOCATION");
        Process service = builder.start();
        try {
            assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("the service should stop on its own").isTrue();
            assertThat(service.exitValue()).isNotZero();
            assertThat(java.nio.file.Files.readString(log)).contains("Refusing to start in the prod profile")
                    .contains("SMALLRYE_JWT_SIGN_KEY_LOCATION");
        } finally {
            service.destroyForcibly();
        }
    }

    private static Process startService(int port) throws IOException {
        return serviceProcess(port, Path.of("target", "durability-it.log")).start();
    }

    private static ProcessBuilder serviceProcess(int port, Path log) {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        servers.serviceConfig().forEach((key, value) -> builder.environment()
                .put(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("NURSERY_DEMO_DATA_ENABLED", "true");
        builder.environment().put("NURSERY_DEMO_DATA_SIZE", "60");
        builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", KEYS.resolve("dev-public.pem").toUri().toString());
        builder.environment().put("SMALLRYE_JWT_SIGN_KEY_LOCATION", KEYS.resolve("dev-private.pem").toUri().toString());
        builder.environment().put("NURSERY_STORAGE_LOCAL_DIRECTORY", Path.of("target", "it-storage").toAbsolutePath().toString());
        builder.environment().put(ProductionKeys.ENVIRONMENT, ProductionKeys.personalDataKeyFile().toString());
        return builder;
    }

    private static void awaitReady(int port, Process service) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("service exited; see target/durability-it.log").isTrue();
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("service not ready; see target/durability-it.log");
    }

}
