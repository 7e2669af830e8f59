package com.tuoyu.directory.platform;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load shedding: beyond an endpoint family's bulkhead, and when the database pool has no connection in time, the
 * service answers 503 problem+json with Retry-After at once instead of queueing or failing with 500.
 *
 * <p>Deterministic: tiny limits (a test profile) and a table lock taken over JDBC hold the admitted requests inside
 * the database for as long as the test wants, so how many are running, waiting and refused does not depend on the
 * machine's speed. The lock is released in every case, and after it the same endpoints answer normally.
 */
@QuarkusTest
@TestProfile(OverloadTest.TinyLimits.class)
class OverloadTest {

    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("nursery.overload.detail.concurrent", "2"),
                    Map.entry("nursery.overload.detail.waiting", "1"),
                    Map.entry("nursery.overload.statistics.concurrent", "1"),
                    Map.entry("nursery.overload.statistics.waiting", "1"),
                    // Wider than the pool, so that the pool's own bound is what refuses complaint submissions.
                    Map.entry("nursery.overload.complaints.concurrent", "30"),
                    Map.entry("nursery.overload.complaints.waiting", "1"),
                    Map.entry("nursery.overload.retry-after", "PT3S"),
                    Map.entry("nursery.overload.statistics.per-client.rate", "10"),
                    Map.entry("nursery.overload.statistics.per-client.burst", "20"),
                    Map.entry("nursery.overload.statistics.per-client.max-delay", "PT0.5S"),
                    // Behind the proxy, as in compose.yaml: the client address comes from X-Forwarded-For.
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.datasource.reactive.max-size", "4"),
                    Map.entry("nursery.overload.database.connection-wait", "PT0.5S"));
        }
    }

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void detailRequestsBeyondTheBulkheadAreRefusedAtOnceWith503AndRetryAfter() throws Exception {
        // Ten different nurseries: requests for the same page share one build (NurseryPages), only builds are bounded.
        List<UUID> nurseries = new ArrayList<>(listedNurseries(11));
        UUID cachedOne = nurseries.remove(10);
        UUID nursery = nurseries.get(0);
        given().when().get("/api/v1/nurseries/{id}", cachedOne).then().statusCode(200);
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        try (Connection lock = lockNurseries()) {
            for (UUID each : nurseries) {
                burst.add(send(HttpRequest.newBuilder(base.resolve("/api/v1/nurseries/" + each)).GET()));
            }
            // A page already built is answered from the cache, whatever the builds waiting on the database.
            assertThat(send(HttpRequest.newBuilder(base.resolve("/api/v1/nurseries/" + cachedOne)).GET())
                    .get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            // 2 running (stuck on the lock) and 1 waiting; the other 7 are answered while the lock is still held.
            await().atMost(Duration.ofSeconds(15)).until(() -> burst.stream().filter(CompletableFuture::isDone).count() >= 7);
            assertThat(burst.stream().filter(f -> !f.isDone()).count()).as("requests admitted (running or waiting)")
                    .isLessThanOrEqualTo(3);
            lock.rollback();
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            answers.add(answer.get(20, TimeUnit.SECONDS));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).doesNotContain(500).allMatch(s -> s == 200 || s == 503);
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 503).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(7);
        refused.forEach(OverloadTest::assertActionable503);
        assertThat(refused).anySatisfy(a -> assertThat(a.body()).contains("查看托育机构详情的人太多"));

        given().when().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200);
    }

    /**
     * Anonymous callers walking many divisions ask for many computations: beyond one running and one waiting they are
     * refused at once, while an answer already cached is served.
     */
    @Test
    void statisticsComputationsBeyondTheBulkheadAreRefusedWhileCachedAnswersAreServed() throws Exception {
        given().when().get("/api/v1/divisions/360100/statistics").then().statusCode(200);
        List<String> counties = Database.rows("select code from division where level = 'COUNTY' and code like '13%' "
                + "order by code limit 8").stream().map(row -> (String) row.get("code")).toList();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        try (Connection lock = lockNurseries()) {
            for (String county : counties) {
                burst.add(send(HttpRequest.newBuilder(base.resolve("/api/v1/divisions/" + county + "/statistics")).GET()));
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> burst.stream().filter(CompletableFuture::isDone).count() >= 6);
            assertThat(send(HttpRequest.newBuilder(base.resolve("/api/v1/divisions/360100/statistics")).GET())
                    .get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            lock.rollback();
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            answers.add(answer.get(20, TimeUnit.SECONDS));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).allMatch(s -> s == 200 || s == 503);
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 503).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(6);
        refused.forEach(OverloadTest::assertActionable503);
        assertThat(refused).anySatisfy(a -> assertThat(a.body()).contains("正在计算的统计太多"));
    }

    /**
     * One address calling statistics in a loop gets its burst at once, a few more after waiting its turn (10 a second,
     * at most 0.5 s), then 429 with Retry-After; another address meanwhile is answered at once.
     */
    @Test
    void oneClientAddressOverItsRateWaitsItsTurnThenIsRefusedWith429WhileAnotherIsAnswered() throws Exception {
        given().when().get("/api/v1/divisions/360100/statistics").then().statusCode(200);
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(send(HttpRequest.newBuilder(base.resolve("/api/v1/divisions/360100/statistics"))
                    .header("X-Forwarded-For", "203.0.113.7").GET()));
        }
        HttpResponse<String> other = send(HttpRequest.newBuilder(base.resolve("/api/v1/divisions/360100/indicators"))
                .header("X-Forwarded-For", "198.51.100.9").GET()).get(5, TimeUnit.SECONDS);
        assertThat(other.statusCode()).isEqualTo(200);
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            answers.add(answer.get(20, TimeUnit.SECONDS));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).allMatch(s -> s == 200 || s == 429);
        long answered = answers.stream().filter(a -> a.statusCode() == 200).count();
        // 20 at once and 5 that waited their turn; a slow machine spreading the 40 over time refills a few more,
        // but some are refused.
        assertThat(answered).isBetween(25L, 38L);
        answers.stream().filter(a -> a.statusCode() == 429).forEach(refused -> {
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(refused.body()).contains("\"status\":429").contains("查询统计数据过于频繁")
                    .contains("请 1 秒后再试").doesNotContain("Exception");
        });
    }

    @Test
    void noDatabaseConnectionInTimeIsA503WithRetryAfterNotA500() throws Exception {
        UUID nursery = listedNursery();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        try (Connection lock = lockNurseries()) {
            for (int i = 0; i < 12; i++) {
                burst.add(send(HttpRequest.newBuilder(base.resolve("/api/v1/complaints"))
                        .header("Authorization", "Bearer " + Tokens.parent("overload-" + UUID.randomUUID()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(complaint(nursery)))));
            }
            // At most 4 connections, all stuck on the lock: the others wait 0.5 s for one and are refused.
            await().atMost(Duration.ofSeconds(15)).until(() -> burst.stream().filter(CompletableFuture::isDone).count() >= 8);
            lock.rollback();
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            answers.add(answer.get(20, TimeUnit.SECONDS));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).doesNotContain(500).allMatch(s -> s == 201 || s == 503);
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 503).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(8);
        refused.forEach(OverloadTest::assertActionable503);
        assertThat(refused).anySatisfy(a -> assertThat(a.body()).contains("数据库正忙"));

        given().auth().oauth2(Tokens.parent("after-overload-" + UUID.randomUUID())).contentType("application/json")
                .body(complaint(nursery)).when().post("/api/v1/complaints").then().statusCode(201);
    }

    private static void assertActionable503(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(answer.body()).contains("\"status\":503").contains("service-unavailable")
                .contains("请 3 秒后再试").doesNotContain("Exception").doesNotContain("com.tuoyu");
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
        return http.sendAsync(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Holds every query on the nursery table (and so the requests that make them) until rolled back or closed. */
    private static Connection lockNurseries() throws Exception {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '10s'");
            statement.execute("lock table nursery in access exclusive mode");
        }
        return connection;
    }

    private static UUID listedNursery() {
        return listedNurseries(1).get(0);
    }

    private static List<UUID> listedNurseries(int count) {
        return Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' order by n.id limit " + count).stream().map(row -> (UUID) row.get("id")).toList();
    }

    private static String complaint(UUID nursery) {
        return "{\"nurseryId\":\"" + nursery + "\",\"category\":\"OTHER\",\"description\":\"高峰时段的投诉，测试限流。\","
                + "\"incidentDate\":\"" + LocalDate.now().minusDays(1) + "\",\"contactPhone\":\"13812345678\"}";
    }
}
