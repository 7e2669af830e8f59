package com.tuoyu.directory.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.contract.OffContractRequests;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.OwnDatabaseResource;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated fuzz run over every operation of the OpenAPI document the service serves: at least 10,000 hostile
 * requests (see {@link HostileRequests} and {@link HostileValues}) from a fixed seed, with the token of a role each
 * operation allows so that most get past 401. Not one may answer 5xx (but for a feature the deployment is not set up
 * for, which answers so whatever the request), and every 4xx must be problem+json.
 *
 * <p>The requests change data freely (they create complaints, accounts and nurseries, and act on real ids), so the
 * run has an application, a database and a search alias of its own ({@link OwnDatabaseResource}): the other
 * tests' data is never touched. The summary is printed and written to {@code target/fuzz-summary.txt}.
 */
@QuarkusTest
@TestProfile(OpenApiFuzzTest.OwnData.class)
class OpenApiFuzzTest {

    static final long SEED = 20261206L;
    static final int REQUESTS = 10_500;
    static final int CLIENTS = 6;

    public static class OwnData implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnDatabaseResource.class, Map.of("name", "fuzz")));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Hostile requests are what this run is about, not load: a full bulkhead's 503 would hide a real one.
            // WeChat sign-in is left unconfigured, as a deployment without it (the tests' WeChat stub is not running
            // here): it answers its not-configured problem.
            return Map.of("nursery.overload.statistics.concurrent", "8", "nursery.overload.statistics.waiting", "64",
                    "nursery.identity.wechat.app-id", "", "nursery.identity.wechat.secret", "");
        }
    }

    @TestHTTPResource("/")
    URL base;

    record Failure(HostileRequests.Request request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return request.operation().name() + " -> " + status + " " + contentType + " [" + request.spoiled() + "] "
                    + request.method() + " " + abbreviate(request.target(), 160) + " : " + abbreviate(body, 300);
        }
    }

    @Test
    @OffContractRequests("hostile values in every parameter and body field, to see each refused as the client's fault")
    void everyOperationAnswersHostileRequestsWithoutA5xxAndEvery4xxIsAProblem() throws Exception {
        assertThat(Database.rows("select current_database() as name").get(0).get("name")).isEqualTo("nursery_fuzz");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> document = client.send(HttpRequest.newBuilder(uri("/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode openapi = new ObjectMapper().readTree(document.body());
        List<HostileRequests.Operation> operations = HostileRequests.operations(openapi);
        assertThat(operations).hasSizeGreaterThan(100);

        List<String> knownIds = knownIds();
        Map<String, String> tokens = tokens(knownIds);
        HostileRequests generator = new HostileRequests(new Schemas(openapi, knownIds), SEED,
                role -> tokens.getOrDefault(role, tokens.get("PARENT")), knownIds);
        int each = (REQUESTS + operations.size() - 1) / operations.size();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> deployment = new ConcurrentHashMap<>();
        Map<String, java.util.concurrent.atomic.AtomicLong> timings = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        // Made one at a time, round the operations (so the clients rarely send to the same one at once), and only a
        // few ahead of the clients: the run's memory stays small whatever its length.
        java.util.concurrent.Semaphore ahead = new java.util.concurrent.Semaphore(CLIENTS * 4);
        int sentCount = 0;
        for (int round = 0; round < each; round++) {
            for (HostileRequests.Operation operation : operations) {
                HostileRequests.Request request = generator.next(operation);
                sentCount++;
                ahead.acquire();
                clients.submit(() -> {
                    try {
                        HttpRequest built;
                        try {
                            built = build(request);
                        } catch (IllegalArgumentException e) {
                            // A header java.net.http will not send (a name it reserves): not the service's answer.
                            statuses.computeIfAbsent(0, s -> new AtomicInteger()).incrementAndGet();
                            return;
                        }
                        HttpResponse<String> response;
                        long sent = System.nanoTime();
                        try {
                            response = client.send(built, HttpResponse.BodyHandlers.ofString());
                        } catch (IOException | RuntimeException e) {
                            failures.add(new Failure(request, -1, "", "no answer: " + e));
                            statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                            return;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        int status = response.statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        String type = response.headers().firstValue("Content-Type").orElse("");
                        timings.computeIfAbsent(request.operation().name(), s -> new java.util.concurrent.atomic.AtomicLong())
                                .addAndGet(System.nanoTime() - sent);
                        if (status >= 500 && type.startsWith("application/problem+json") && aboutTheDeployment(response.body())) {
                            deployment.computeIfAbsent(request.operation().name() + " " + status,
                                    s -> new AtomicInteger()).incrementAndGet();
                        } else if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
                            failures.add(new Failure(request, status, type, response.body()));
                        } else if (status < 400) {
                            successes.computeIfAbsent(request.operation().name(), s -> new AtomicInteger()).incrementAndGet();
                        }
                    } finally {
                        ahead.release();
                    }
                });
            }
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;

        String summary = summary(operations, sentCount, seconds, statuses, successes, failures)
                + "answers about the deployment, whatever the request (a feature it is not set up for): "
                + new TreeMap<>(deployment.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))
                + "\nslowest operations (total seconds): " + timings.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(6)
                .map(e -> e.getKey() + " " + String.format("%.1f", e.getValue().get() / 1e9)).toList() + "\n";
        System.out.println(summary);
        Files.writeString(Path.of("target", "fuzz-summary.txt"), summary, StandardCharsets.UTF_8);
        assertThat(sentCount).isGreaterThanOrEqualTo(10_000);
        assertThat(failures).as("5xx answers, 4xx answers without problem+json, or no answer").isEmpty();
    }

    /**
     * A 5xx that says the deployment is not set up for the feature (place search without a map provider: 501
     * not-implemented; WeChat sign-in without an app id: 503 not-configured, no Retry-After): the same answer
     * whatever the request, so not a fault the request caused; counted apart in the summary.
     */
    private static boolean aboutTheDeployment(String body) {
        return body.contains("/problems/not-implemented\"") || body.contains("/problems/not-configured\"");
    }

    private URI uri(String target) {
        return URI.create(base.toString().replaceAll("/$", "") + target);
    }

    private HttpRequest build(HostileRequests.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.target())).timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        return builder.build();
    }

    /** Ids that exist in this run's database (a few of every table keyed by a UUID), so requests reach past 404. */
    private static List<String> knownIds() {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> table : Database.rows("select c.table_name as name from information_schema.columns c "
                + "where c.table_schema = 'public' and c.column_name = 'id' and c.data_type = 'uuid' order by 1")) {
            Database.rows("select id::text as id from \"" + table.get("name") + "\" order by id limit 4")
                    .forEach(row -> ids.add(row.get("id").toString()));
        }
        return ids;
    }

    /** A token of each role, scoped to the province of the demo data (江西 360000) where a role is scoped. */
    private static Map<String, String> tokens(List<String> knownIds) {
        String nursery = Database.rows("select id::text as id from nursery order by id limit 1").get(0).get("id").toString();
        Map<String, String> tokens = new TreeMap<>();
        tokens.put("PARENT", Tokens.parent("fuzz-parent"));
        for (String role : List.of("ADMIN", "SUPERVISOR", "FILING_OFFICER", "HANDLER")) {
            tokens.put(role, Tokens.staff(role, "fuzz-" + role.toLowerCase(java.util.Locale.ROOT), "360000"));
        }
        tokens.put("NURSERY", Jwt.subject("fuzz-nursery").groups(Set.of("NURSERY")).claim("scope_nursery", nursery)
                .claim("token_type", "access").expiresIn(Duration.ofMinutes(30)).sign());
        return tokens;
    }

    private static String summary(List<HostileRequests.Operation> operations, int requests, double seconds,
                                  Map<Integer, AtomicInteger> statuses, Map<String, AtomicInteger> successes,
                                  ConcurrentLinkedQueue<Failure> failures) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("OpenAPI fuzz run (seed %d): %d operations, %d requests in %.1f s (%.0f/s), %d clients%n",
                SEED, operations.size(), requests, seconds, requests / seconds, CLIENTS));
        text.append("status histogram: ").append(new TreeMap<>(statuses.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))).append('\n');
        text.append(String.format("operations that answered 2xx/3xx to at least one request: %d of %d%n",
                successes.size(), operations.size()));
        text.append("failures: ").append(failures.size()).append('\n');
        failures.stream().limit(60).forEach(failure -> text.append("  ").append(failure).append('\n'));
        return text.toString();
    }

    private static String abbreviate(String text, int length) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= length ? flat : flat.substring(0, length) + "…";
    }
}
