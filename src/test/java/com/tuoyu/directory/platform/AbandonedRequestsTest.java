package com.tuoyu.directory.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients that hang up mid-request (a load generator's timeout) must not cost database connections.
 *
 * <p>Quarkus REST cancels a request's {@code Uni} when its client closes the connection; inside a Hibernate Reactive
 * transaction that cancellation left the connection checked out with the transaction open (quarkusio/quarkus#51576,
 * hibernate-reactive#2926), until every database call timed out. {@code @CompletesWhenClientLeaves} lets the work run
 * to its end. Here 480 clients, 12 at a time (the complaint bulkhead's 6 running and 6 waiting), send a complaint
 * submission (a transactional write) over raw sockets and hang up after 0 to 80 ms, half with a FIN and half with a
 * RST, without reading the answer. Then PostgreSQL must show no session left 'idle in transaction', the complaints
 * that got as far as the database must have been committed, the service must answer database-backed reads and a
 * write within a few seconds, and Mutiny must not have dropped an outcome on a cancelled subscriber.
 *
 * <p>Honest note: the leak did NOT reproduce on this machine. Run once with the interceptor switched off (its
 * {@code @Interceptor} removed) on the shared 2-core development machine, this test passed all the same: no session
 * stayed 'idle in transaction' and the pool kept serving. So this test is a guard that keeps hang-ups harmless (and
 * catches the leak where timing makes it appear, as it did under the benchmark's load), not a demonstration that
 * fails without the fix. {@code CompletesWhenClientLeavesTest} pins the Mutiny behaviour the fix relies on.
 */
@QuarkusTest
class AbandonedRequestsTest {

    private static final int CLIENTS = 480;
    private static final int AT_ONCE = 12;

    @TestHTTPResource("/")
    URI base;

    @Test
    void clientsThatHangUpMidTransactionLeaveNoConnectionBehind() throws Exception {
        UUID nursery = listedNursery();
        String account = "abandoning-parent-" + UUID.randomUUID();
        String token = Tokens.parent(account);
        long logOffset = logLength();

        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                sent.add(CompletableFuture.runAsync(() -> submitAndHangUp(token, nursery, client), clients));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
        } finally {
            clients.shutdownNow();
        }

        await("no session left idle in transaction").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(Database.rows(
                        "select pid, state, now() - state_change as idle_for, left(query, 80) as query "
                                + "from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() "
                                + "and state like 'idle in transaction%'")).isEmpty());

        // The abandoned requests that reached the database were committed, not cut off.
        long stored = Database.count("select count(*) from complaint where parent_id = ?", account);
        assertThat(stored).as("complaints stored by abandoned requests").isPositive();

        // The pool still serves: more database-backed reads than it has connections, each within a few seconds.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                reads.add(http.sendAsync(HttpRequest.newBuilder(base.resolve("/api/v1/nurseries/" + nursery))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> read : reads) {
                assertThat(read.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
        long started = System.nanoTime();
        given().auth().oauth2(Tokens.parent("after-the-burst-" + UUID.randomUUID())).contentType("application/json")
                .body(complaint(nursery)).when().post("/api/v1/complaints").then().statusCode(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        assertThat(logSince(logOffset)).doesNotContain("Mutiny had to drop");
    }

    /**
     * Every resource class carries the binding: each may touch the database (even the search API, which names its
     * division facets from the register read once from PostgreSQL; TopologyIT saw that read leak a pool's connections).
     */
    @Test
    void everyDatabaseResourceCompletesWhenItsClientLeaves() {
        List<String> missing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.tuoyu.directory").stream()
                .filter(c -> c.getSimpleName().endsWith("Resource") && c.isAnnotatedWith(Path.class))
                .filter(c -> !c.isAnnotatedWith(CompletesWhenClientLeaves.class))
                .map(JavaClass::getName).sorted().collect(Collectors.toList());
        assertThat(missing).isEmpty();
    }

    private void submitAndHangUp(String token, UUID nursery, int client) {
        Random random = new Random(20261122L + client);
        byte[] body = ("{\"nurseryId\":\"" + nursery + "\",\"category\":\"OTHER\",\"description\":\"" + "午睡时无人看护，家长多次反映未获回复。第"
                + client + "号\",\"incidentDate\":\"" + LocalDate.now().minusDays(1) + "\",\"contactPhone\":\"13812345678\"}")
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/complaints HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(random.nextInt(81));
            if (client % 2 == 0) {
                socket.setSoLinger(true, 0); // RST instead of FIN
            }
        } catch (IOException e) {
            // A refused or reset connection is a client that left early too.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String complaint(UUID nursery) {
        return "{\"nurseryId\":\"" + nursery + "\",\"category\":\"OTHER\",\"description\":\"负载测试之后的正常投诉。\","
                + "\"incidentDate\":\"" + LocalDate.now().minusDays(1) + "\",\"contactPhone\":\"13812345678\"}";
    }

    private static UUID listedNursery() {
        return (UUID) Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' order by n.id limit 1").get(0).get("id");
    }

    private static long logLength() throws IOException {
        java.nio.file.Path log = Paths.get("target/quarkus-test.log");
        return Files.exists(log) ? Files.size(log) : 0;
    }

    private static String logSince(long offset) throws IOException {
        java.nio.file.Path log = Paths.get("target/quarkus-test.log");
        if (!Files.exists(log)) {
            return "";
        }
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
    }
}
