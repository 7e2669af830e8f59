package com.tuoyu.directory.platform;

import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resources are singletons: the caller they act for must still be the one of each request, also while requests of
 * different accounts run at the same time.
 */
@QuarkusTest
class CurrentCallerTest {

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    record Expected(String who, String token, String division, int status) {
    }

    @Test
    void concurrentRequestsOfDifferentAccountsEachActForTheirOwnCaller() throws Exception {
        String nanchang = Tokens.staff("SUPERVISOR", "s-nc-caller", "360100");
        String lanzhou = Tokens.staff("SUPERVISOR", "s-lz-caller", "620100");
        List<Expected> cases = List.of(
                new Expected("Nanchang supervisor", nanchang, "360100", 200),
                new Expected("Lanzhou supervisor", lanzhou, "620100", 200),
                new Expected("Nanchang supervisor", nanchang, "620100", 403),
                new Expected("Lanzhou supervisor", lanzhou, "360100", 403),
                new Expected("anonymous", null, "360100", 401));
        List<Expected> sent = new ArrayList<>();
        List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (Expected expected : cases) {
                HttpRequest.Builder request = HttpRequest.newBuilder(
                        base.resolve("/api/v1/admin/statistics/complaints?division=" + expected.division())).GET();
                if (expected.token() != null) {
                    request.header("Authorization", "Bearer " + expected.token());
                }
                sent.add(expected);
                answers.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()));
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Expected expected = sent.get(i);
            int status = answers.get(i).get(30, TimeUnit.SECONDS).statusCode();
            if (status != expected.status()) {
                unexpected.add(expected.who() + " on " + expected.division() + " -> " + status);
            }
        }
        assertThat(unexpected).isEmpty();
        given().get("/api/v1/divisions").then().statusCode(200);
    }
}
