package com.tuoyu.directory.nurserypage;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Freshness;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page is served from each replica's cache (NurseryPages) and still keeps the freshness rule: a change
 * shows within 2 seconds and a revoked nursery's page is gone within 2 seconds, also when the change was written by
 * another replica (here: straight into PostgreSQL, which no code of this process sees being done).
 */
@QuarkusTest
class CachedNurseryPageTest {

    private static final String COUNTY = TestNurseries.TEST_COUNTY;

    @Inject
    NurseryService nurseries;
    @Inject
    DisclosureService disclosures;
    @Inject
    NurseryPages pages;

    @BeforeAll
    static void county() {
        TestNurseries.ensureTestCounty();
    }

    private TestNurseries.Created nursery(int slots) {
        return TestNurseries.create(nurseries, disclosures, COUNTY, false, false, TestNurseries.toddlers(slots, 10, 3),
                List.of(), TestNurseries.basicPermits());
    }

    private static Response detail(Object id) {
        return given().when().get("/api/v1/nurseries/{id}", id);
    }

    @Test
    void theCachedPageIsByteForByteThePageBuiltAfreshWithShortLivedSharedCaching() throws Exception {
        TestNurseries.Created n = nursery(15);
        Response built = detail(n.id()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=1, must-revalidate").extract().response();
        Response cached = detail(n.id()).then().statusCode(200).extract().response();
        assertThat(cached.asByteArray()).isEqualTo(built.asByteArray());
        assertThat(cached.header("ETag")).isEqualTo(built.header("ETag"));
        // A replica's cache gone (as after a restart): the page built again is the same, tag and all.
        pages.changedEverything();
        Response rebuilt = detail(n.id()).then().statusCode(200).extract().response();
        assertThat(rebuilt.asByteArray()).isEqualTo(built.asByteArray());
        assertThat(rebuilt.header("ETag")).isEqualTo(built.header("ETag"));
        // Each coordinate system has its own page; a copy the client holds is confirmed with a 304 from the cache.
        Response gcj = given().queryParam("coord", "gcj02").get("/api/v1/nurseries/{id}", n.id()).then().statusCode(200)
                .extract().response();
        assertThat(gcj.header("ETag")).isNotEqualTo(built.header("ETag"));
        given().header("If-None-Match", built.header("ETag")).get("/api/v1/nurseries/{id}", n.id()).then().statusCode(304)
                .header("ETag", built.header("ETag"));
    }

    @Test
    void aChangeThroughTheApiShowsWithinTwoSeconds() throws Exception {
        TestNurseries.Created n = nursery(15);
        assertThat(detail(n.id()).then().statusCode(200).extract().jsonPath().getInt("capacity.slots")).isEqualTo(15);
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-cached-page", COUNTY)).contentType("application/json")
                .body(Map.of("source", "INSPECTION_VISIT", "groups",
                        List.of(Map.of("ageGroup", "TODDLER", "slots", 12, "enrolled", 9, "classes", 1))))
                .put("/api/v1/admin/nurseries/{id}/disclosure/capacity", n.id()).then().statusCode(200);
        Freshness.seenWithinTwoSeconds(() ->
                assertThat(detail(n.id()).then().statusCode(200).extract().jsonPath().getInt("capacity.slots")).isEqualTo(12));
    }

    @Test
    void aChangeWrittenByAnotherReplicaShowsWithinTwoSeconds() throws Exception {
        TestNurseries.Created n = nursery(15);
        detail(n.id()).then().statusCode(200);
        detail(n.id()).then().statusCode(200); // cached now
        String renamed = n.name() + "（另一副本改名）";
        // What another replica's transaction leaves behind: the new facts, a grown version and the time of the write.
        Database.rows("update nursery set name = ?, version = version + 1, updated_at = now() where id = ? returning id",
                renamed, n.id());
        Freshness.seenWithinTwoSeconds(() ->
                assertThat(detail(n.id()).then().statusCode(200).extract().jsonPath().getString("name")).isEqualTo(renamed));
    }

    @Test
    void aRevokedNurseryIsGoneWithinTwoSeconds() throws Exception {
        TestNurseries.Created n = nursery(15);
        String tag = detail(n.id()).then().statusCode(200).extract().header("ETag");
        detail(n.id()).then().statusCode(200);
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "officer-cached-page", COUNTY)).contentType("application/json")
                .body(Map.of("decision", "REVOKE", "reasons", "发生严重安全责任事故，依法撤销备案"))
                .post("/api/v1/admin/nurseries/{id}/filing/decisions", n.id()).then().statusCode(200);
        Freshness.seenWithinTwoSeconds(() -> {
            detail(n.id()).then().statusCode(404).contentType("application/problem+json");
            // Nor does a client's copy get confirmed.
            given().header("If-None-Match", tag).get("/api/v1/nurseries/{id}", n.id()).then().statusCode(404);
        });
    }
}
