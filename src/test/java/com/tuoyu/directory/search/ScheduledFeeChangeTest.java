package com.tuoyu.directory.search;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class ScheduledFeeChangeTest {

    @Inject
    ScheduledChanges scheduledChanges;

    @Test
    void aFeePublishedAheadOfItsDateReachesTheDirectoryOnThatDate() throws Throwable {
        SearchIndexSupport.awaitIndexCaughtUp();
        ListedNurseries.Row nursery = ListedNurseries.load().stream()
                .filter(r -> r.careTypes().contains("FULL_DAY") && r.name().length() > 4)
                .filter(r -> r.fees().keySet().stream().anyMatch(k -> k.startsWith("FULL_DAY:")))
                .findFirst().orElseThrow();
        // The fee was scheduled earlier (as an officer would) and today is its first day: nothing else happens.
        for (String key : nursery.fees().keySet().stream().filter(k -> k.startsWith("FULL_DAY:")).toList()) {
            Database.rows("insert into fee (id, nursery_id, care_type, age_group, amount_yuan, effective_from) "
                            + "values (gen_random_uuid(), ?, 'FULL_DAY', ?, 999, ?) returning id",
                    nursery.id(), key.substring("FULL_DAY:".length()), Date.valueOf(ListedNurseries.today()));
        }

        int announced = VertxContextSupport.subscribeAndAwait(scheduledChanges::announceFeesTakingEffect);

        assertThat(announced).isGreaterThanOrEqualTo(1);
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given()
                .queryParam("q", nursery.name()).queryParam("careType", "FULL_DAY")
                .get("/api/v1/nurseries").jsonPath().getInt("items.find { it.id == '" + nursery.id() + "' }.fee.amountYuan"))
                .isEqualTo(999));
    }
}
