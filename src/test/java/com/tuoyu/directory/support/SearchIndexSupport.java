package com.tuoyu.directory.support;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Waits until the search index reflects PostgreSQL: the outbox is empty and every filed nursery is found. */
public final class SearchIndexSupport {

    private SearchIndexSupport() {
    }

    public static void awaitIndexCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (Database.count("select count(*) from outbox_event") > 0) {
                return false;
            }
            long filed = Database.count("select count(*) from filing where status = 'FILED'");
            var response = given().queryParam("size", 1).when().get("/api/v1/nurseries");
            return response.statusCode() == 200 && response.jsonPath().getLong("total") == filed;
        });
    }
}
