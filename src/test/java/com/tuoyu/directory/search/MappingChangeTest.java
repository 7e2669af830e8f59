package com.tuoyu.directory.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MappingChangeTest {

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchStartup startup;

    @Test
    void anIndexBuiltWithAnotherMappingIsRebuiltAndSwappedAtStart() throws Throwable {
        SearchIndexSupport.awaitIndexCaughtUp();
        // What an older release left behind: an index with another mapping behind the alias.
        String legacy = "nurseries-legacy-" + System.nanoTime();
        client.indices().create(c -> c.index(legacy).mappings(m -> m.properties("name", p -> p.keyword(k -> k))));
        Set<String> current = client.indices().getAlias(a -> a.name("nurseries")).aliases().keySet();
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(legacy).alias("nurseries")));
            current.forEach(index -> u.actions(a -> a.remove(r -> r.index(index).alias("nurseries"))));
            return u;
        });

        NurseryIndex.State found;
        try {
            found = VertxContextSupport.subscribeAndAwait(startup::reconcile);
        } catch (Throwable failure) {
            // Leave the shared index as other tests expect it, then report.
            client.indices().updateAliases(u -> {
                current.forEach(index -> u.actions(a -> a.add(add -> add.index(index).alias("nurseries"))));
                u.actions(a -> a.remove(r -> r.index(legacy).alias("nurseries")));
                return u;
            });
            throw failure;
        }

        assertThat(found).isEqualTo(NurseryIndex.State.OUTDATED);
        Set<String> now = client.indices().getAlias(a -> a.name("nurseries")).aliases().keySet();
        assertThat(now).hasSize(1).doesNotContain(legacy);
        assertThat(client.indices().exists(e -> e.index(legacy)).value()).isFalse();
        assertThat(given().queryParam("size", 1).get("/api/v1/nurseries").jsonPath().getLong("total"))
                .isEqualTo(Database.count("select count(*) from filing where status = 'FILED'"));
        assertThat(VertxContextSupport.subscribeAndAwait(startup::reconcile)).isEqualTo(NurseryIndex.State.CURRENT);
    }
}
