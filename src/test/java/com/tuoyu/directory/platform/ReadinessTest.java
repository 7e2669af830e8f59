package com.tuoyu.directory.platform;

import com.tuoyu.directory.support.RealServersResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ReadinessTest {

    private static final String ELASTICSEARCH_CHECK = "Elasticsearch cluster health check";

    @Test
    void readyWhenPostgresqlAndElasticsearchAreUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(ELASTICSEARCH_CHECK, "Reactive PostgreSQL connections health check"))
                .body("checks.find { it.name == '" + ELASTICSEARCH_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void notReadyAndNamesElasticsearchWhenItIsStoppedButStillLive() {
        RealServersResource.stopElasticsearch();
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == '" + ELASTICSEARCH_CHECK + "' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Reactive PostgreSQL connections health check' }.status", equalTo("UP"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            RealServersResource.startElasticsearch();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
    }
}
