package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.RealServersResource;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ComplaintWithoutElasticsearchTest {

    @Test
    void complaintsAreTakenAndFollowedWhileElasticsearchIsDown() {
        String nursery = Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '130802' order by n.id limit 1").get(0).get("id").toString();
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        RealServersResource.stopElasticsearch();
        try {
            String id = given().auth().oauth2(parent).contentType("application/json")
                    .body(Map.of("nurseryId", nursery, "category", "SAFETY_INJURY",
                            "description", "户外活动时护栏松动，孩子手臂被划伤。", "incidentDate", LocalDate.now().toString(),
                            "sensitiveConsent", true))
                    .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
            given().auth().oauth2(parent).get("/api/v1/complaints/{id}", id).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED")).body("urgent", equalTo(true));
            // The directory itself says it is unavailable rather than failing obscurely.
            given().get("/api/v1/nurseries").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5");
        } finally {
            RealServersResource.startElasticsearch();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }
}
