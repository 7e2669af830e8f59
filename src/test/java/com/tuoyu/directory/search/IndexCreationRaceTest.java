package com.tuoyu.directory.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas starting together against a cluster without the index all create "the" index: they must end with the
 * alias on exactly one index, or every write through the alias would be refused.
 */
@QuarkusTest
class IndexCreationRaceTest {

    @Inject
    ElasticsearchAsyncClient client;
    @Inject
    SearchConfig config;
    @Inject
    Clock clock;

    @Test
    void replicasStartingTogetherShareOneIndexBehindTheAlias() throws Exception {
        String alias = "race-" + System.nanoTime();
        List<CompletableFuture<NurseryIndex.State>> starts = new ArrayList<>();
        for (int replica = 0; replica < 4; replica++) {
            // One NurseryIndex per replica: each believes it is alone.
            starts.add(new NurseryIndex(client, withAlias(alias), clock).inspect().subscribeAsCompletionStage());
        }
        for (CompletableFuture<NurseryIndex.State> start : starts) {
            assertThat(start.get(30, TimeUnit.SECONDS)).isEqualTo(NurseryIndex.State.CREATED);
        }
        try {
            Map<String, Object> aliases = JsonPath.from(given().baseUri(elasticsearchUri())
                    .when().get("/_alias/" + alias).then().statusCode(200).extract().asString()).getMap("");
            assertThat(aliases).hasSize(1);
            assertThat(new NurseryIndex(client, withAlias(alias), clock).inspect().await().indefinitely())
                    .isEqualTo(NurseryIndex.State.CURRENT);
        } finally {
            given().baseUri(elasticsearchUri()).when().delete("/" + alias + "-*");
        }
    }

    private static String elasticsearchUri() {
        return "http://" + org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.elasticsearch.hosts", String.class);
    }

    private SearchConfig withAlias(String alias) {
        return new SearchConfig() {
            public String alias() { return alias; }
            public int shards() { return config.shards(); }
            public int replicas() { return config.replicas(); }
            public int cachedPages() { return config.cachedPages(); }
            public Nearby nearby() { return config.nearby(); }
        };
    }
}
