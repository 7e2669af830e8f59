package com.tuoyu.directory.search;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.RealServersResource;
import com.tuoyu.directory.support.SearchIndexSupport;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IndexFreshnessTest {

    @BeforeEach
    void indexIsCaughtUp() {
        SearchIndexSupport.awaitIndexCaughtUp();
    }

    @Test
    void aRevokedNurseryLeavesTheDirectoryAndItsDetailWithinTwoSeconds() {
        ListedNurseries.Row nursery = ListedNurseries.load().get(0);
        assertThat(nearbyIds(nursery)).contains(nursery.id().toString());
        given().when().get("/api/v1/nurseries/{id}", nursery.id()).then().statusCode(200);

        decide(nursery.id(), Map.of("decision", "REVOKE", "reasons", "提供虚假备案材料，依法撤销备案"))
                .then().statusCode(200).body("status", equalTo("REVOKED"));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(nearbyIds(nursery)).doesNotContain(nursery.id().toString());
            given().when().get("/api/v1/nurseries/{id}", nursery.id())
                    .then().statusCode(404).contentType("application/problem+json");
        });
        assertThat(given().queryParam("q", nursery.name()).get("/api/v1/nurseries").jsonPath().getList("items.id", String.class))
                .doesNotContain(nursery.id().toString());
    }

    @Test
    void changesMadeWhileElasticsearchIsDownReachTheIndexWhenItReturns() {
        List<ListedNurseries.Row> rows = ListedNurseries.load();
        ListedNurseries.Row closed = rows.get(1);
        ListedNurseries.Row revoked = rows.get(2);
        RealServersResource.stopElasticsearch();
        try {
            decide(closed.id(), Map.of("decision", "CLOSE", "reasons", "举办者申请停止办学")).then().statusCode(200);
            decide(revoked.id(), Map.of("decision", "REVOKE", "reasons", "发生严重安全责任事故，依法撤销备案")).then().statusCode(200);
            assertThat(Database.count("select count(*) from outbox_event")).isGreaterThanOrEqualTo(2);
        } finally {
            RealServersResource.startElasticsearch();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(Database.count("select count(*) from outbox_event")).isZero();
            assertThat(nearbyIds(closed)).doesNotContain(closed.id().toString());
            assertThat(nearbyIds(revoked)).doesNotContain(revoked.id().toString());
        });
        SearchIndexSupport.awaitIndexCaughtUp();
    }

    @Test
    void aFullRebuildSwapsTheAliasAndKeepsEveryListedNursery() {
        long filed = Database.count("select count(*) from filing where status = 'FILED'");
        long registered = Database.count("select count(*) from nursery");
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/search/rebuild")
                .then().statusCode(200)
                .body("nurseries", equalTo((int) registered))
                .body("index", org.hamcrest.Matchers.startsWith("nurseries-"));
        assertThat(given().queryParam("size", 1).get("/api/v1/nurseries").jsonPath().getLong("total")).isEqualTo(filed);
    }

    @Test
    void onlyAnAdministratorMayRebuild() {
        given().when().post("/api/v1/admin/search/rebuild")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(Tokens.withRoles("FILING_OFFICER")).when().post("/api/v1/admin/search/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin() + "x").when().post("/api/v1/admin/search/rebuild")
                .then().statusCode(401).contentType("application/problem+json");
    }

    static io.restassured.response.Response decide(UUID nursery, Map<String, String> body) {
        // Filing officers act only in their districts: this one covers every province of the demo data.
        String officer = Tokens.staff("FILING_OFFICER", "index-freshness-officer", "360000", "140000", "130000", "620000");
        return given().auth().oauth2(officer).contentType("application/json").body(body)
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", nursery);
    }

    static List<String> nearbyIds(ListedNurseries.Row row) {
        return given().queryParam("lat", row.lat()).queryParam("lng", row.lng()).queryParam("radius", 50)
                .when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
