package com.tuoyu.directory.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.platform.problem.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cold cache under load queues its tile fetches instead of flooding Elasticsearch: one in flight and one waiting
 * here, against a server that takes connections and never answers, so which search is refused does not depend on
 * timing. (A Quarkus test only because SmallRye Fault Tolerance's guards need the running application.)
 */
@QuarkusTest
class TileFetchLimitTest {

    @Test
    void searchesBeyondTheWaitingFetchesAreRefusedAt503WhileTheOthersWait() throws Exception {
        List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0);
             RestClient client = RestClient.builder(new HttpHost("127.0.0.1", silent.getLocalPort()))
                     .setRequestConfigCallback(r -> r.setSocketTimeout(60_000)).build()) {
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            NearbySearch search = new NearbySearch(client, config(1, 1), new SearchCache(config(1, 1), new SimpleMeterRegistry()),
                    new ObjectMapper());
            LocalDate today = LocalDate.of(2026, 12, 3);
            // Three circles far apart: no tile in common, so each needs a fetch of its own.
            CompletableFuture<?> inFlight = search.answer(circle(28.68, 115.89), today, null, null).subscribeAsCompletionStage();
            CompletableFuture<?> waiting = search.answer(circle(36.06, 103.83), today, null, null).subscribeAsCompletionStage();
            CompletableFuture<?> refused = search.answer(circle(40.98, 117.94), today, null, null).subscribeAsCompletionStage();

            assertThatThrownBy(() -> refused.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ProblemException.class)
                    .cause().satisfies(e -> {
                        ProblemException problem = (ProblemException) e;
                        assertThat(problem.problem().status()).isEqualTo(503);
                        assertThat(problem.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                        assertThat(problem.getMessage()).contains("try again");
                    });
            assertThat(inFlight).isNotDone();
            assertThat(waiting).isNotDone();
            acceptor.interrupt();
        } finally {
            synchronized (held) {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    private static SearchCriteria circle(double lat, double lng) {
        SearchParameters p = new SearchParameters();
        p.lat = String.format(Locale.ROOT, "%.4f", lat);
        p.lng = String.format(Locale.ROOT, "%.4f", lng);
        p.radius = "1000";
        return SearchCriteria.from(p);
    }

    private static SearchConfig config(int inFlight, int waiting) {
        SearchConfig.Nearby nearby = new SearchConfig.Nearby() {
            public int maxTiles() { return 36; }
            public int tileLimit() { return 1000; }
            public long cachedNurseries() { return 10_000; }
            public int fetchesInFlight() { return inFlight; }
            public int fetchesWaiting() { return waiting; }
            public Duration watchInterval() { return Duration.ofMillis(250); }
        };
        return new SearchConfig() {
            public String alias() { return "nurseries"; }
            public int shards() { return 1; }
            public int replicas() { return 0; }
            public int cachedPages() { return 10; }
            public Nearby nearby() { return nearby; }
        };
    }
}
