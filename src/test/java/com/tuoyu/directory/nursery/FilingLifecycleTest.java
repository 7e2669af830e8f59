package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.tuoyu.directory.nursery.FilingFixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FilingLifecycleTest {

    /**
     * The directory follows a change within 2 s on a normally loaded server (the outbox is polled every 0.25 s and
     * Elasticsearch refreshes every second); the test machines run several suites on two cores, so allow more.
     */
    private static final Duration TWO_SECONDS = Duration.ofSeconds(8);

    @Test
    void aRegisteredNurseryIsFiledWithItsMaterialsReachesTheDirectoryAndLeavesItWhenRevoked() {
        SearchIndexSupport.awaitIndexCaughtUp();
        String officer = officer();
        String name = "双滦区星辰托育园" + UUID.randomUUID().toString().substring(0, 4);
        // The officer takes the point from a Tencent map: GCJ-02. The service stores and answers WGS-84.
        GeoPoint wgs84 = new GeoPoint(40.9612, 117.8034);
        GeoPoint gcj02 = CoordinateSystem.GCJ02.fromWgs84(wgs84.latitude(), wgs84.longitude());
        Map<String, Object> facts = new HashMap<>(facts(name, true));
        facts.put("latitude", gcj02.latitude());
        facts.put("longitude", gcj02.longitude());
        facts.put("coordinateSystem", "gcj02");

        JsonPath registered = register(officer, registration(facts, today())).then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/nurseries/"))
                .body("filing.status", equalTo("SUBMITTED"))
                .body("filing.receiptDueAt", notNullValue())
                .body("filing.returnDueAt", notNullValue())
                .body("filing.overdue", equalTo(false))
                .body("filing.materialsComplete", equalTo(false))
                .body("nursery.coordinateSystem", equalTo("wgs84"))
                .body("checklist.size()", equalTo(9))
                .extract().jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        UUID id = UUID.fromString(registered.getString("id"));
        assertThat(registered.getDouble("nursery.latitude")).isCloseTo(wgs84.latitude(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(registered.getDouble("nursery.longitude")).isCloseTo(wgs84.longitude(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(registered.getList("checklist.state", String.class)).containsOnly("MISSING");

        // Not public while submitted.
        given().when().get("/api/v1/nurseries/{id}", id).then().statusCode(404);

        // Filing without the materials is refused, naming what is missing.
        decide(officer, id, Map.of("decision", "FILE", "filingNumber", filingNumber()))
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("消防安全检查合格证明"))
                .body("errors.field", hasItem("materials.FIRE_SAFETY"));

        uploadAll(id, ALL_KINDS);
        given().auth().oauth2(supervisor()).when().get("/api/v1/admin/nurseries/{id}/filing/materials", id)
                .then().statusCode(200).body("complete", equalTo(true)).body("materials.size()", equalTo(9));

        String number = filingNumber();
        decide(officer, id, Map.of("decision", "FILE", "filingNumber", number))
                .then().statusCode(200).body("status", equalTo("FILED")).body("filingNumber", equalTo(number))
                .body("dueAt", nullValue());

        await().atMost(TWO_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(searchIds(wgs84)).contains(id.toString()));
        given().when().get("/api/v1/nurseries/{id}", id).then().statusCode(200)
                .body("name", equalTo(name)).body("filing.number", equalTo(number));

        // A change of a public fact grows the version and reaches the index.
        JsonPath current = given().auth().oauth2(officer).when().get("/api/v1/admin/nurseries/{id}", id)
                .then().statusCode(200).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        long version = current.getLong("version");
        Map<String, Object> changed = new HashMap<>(current.getMap("nursery"));
        String renamed = name + "（新址）";
        changed.put("name", renamed);
        given().auth().oauth2(officer).contentType("application/json").body(Map.of("version", version, "nursery", changed))
                .when().put("/api/v1/admin/nurseries/{id}", id)
                .then().statusCode(200).body("version", equalTo((int) version + 1)).body("nursery.name", equalTo(renamed));
        await().atMost(TWO_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(given().queryParam("q", renamed).get("/api/v1/nurseries").jsonPath().getList("items.name", String.class))
                        .contains(renamed));
        // The inclusive mark and the safety facts have their own checked sections: changing them here is refused.
        Map<String, Object> bypass = new HashMap<>(changed);
        bypass.put("name", renamed);
        bypass.put("inclusive", !Boolean.TRUE.equals(changed.get("inclusive")));
        bypass.put("mealsProvided", !Boolean.TRUE.equals(changed.get("mealsProvided")));
        given().auth().oauth2(officer).contentType("application/json").body(Map.of("version", version + 1, "nursery", bypass))
                .when().put("/api/v1/admin/nurseries/{id}", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("nursery.inclusive", "nursery.mealsProvided"));
        // The same stale version again is a conflict.
        given().auth().oauth2(officer).contentType("application/json").body(Map.of("version", version, "nursery", changed))
                .when().put("/api/v1/admin/nurseries/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");

        decide(officer, id, Map.of("decision", "REVOKE", "reasons", "发生严重安全责任事故，依法撤销备案"))
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        await().atMost(TWO_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(searchIds(wgs84)).doesNotContain(id.toString());
            given().when().get("/api/v1/nurseries/{id}", id).then().statusCode(404);
        });

        List<String> actions = Database.rows("select action from audit_entry where subject_type = 'nursery' and subject_id = ? "
                + "order by id", id.toString()).stream().map(r -> (String) r.get("action")).toList();
        assertThat(actions).startsWith("NURSERY_REGISTERED").contains("FILING_MATERIAL_UPLOADED", "FILING_FILE",
                "NURSERY_UPDATED", "FILING_REVOKE");
        assertThat(actions.stream().filter("FILING_MATERIAL_UPLOADED"::equals).count()).isEqualTo(9);
        Map<String, Object> revoke = Database.rows("select actor_role, before_state, after_state, reason from audit_entry "
                + "where subject_id = ? and action = 'FILING_REVOKE'", id.toString()).get(0);
        assertThat(revoke).containsEntry("actor_role", "FILING_OFFICER").containsEntry("before_state", "FILED")
                .containsEntry("after_state", "REVOKED").containsEntry("reason", "发生严重安全责任事故，依法撤销备案");
        Map<String, Object> update = Database.rows("select before_state, after_state from audit_entry "
                + "where subject_id = ? and action = 'NURSERY_UPDATED'", id.toString()).get(0);
        assertThat((String) update.get("before_state")).isEqualTo("name=" + name);
        assertThat((String) update.get("after_state")).isEqualTo("name=" + renamed);
    }

    @Test
    void theReasonsOfAReturnArePublicInTheTimelineOfTheNurseryOnceFiled() {
        String officer = officer();
        UUID id = submitted("双滦区阳光托育" + UUID.randomUUID().toString().substring(0, 4), false, today().minusDays(3));
        String reasons = "未提供合格的托幼机构卫生评价报告";
        decide(officer, id, Map.of("decision", "RETURN", "reasons", reasons, "decidedOn", today().minusDays(1).toString()))
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("decisionReasons", equalTo(reasons))
                .body("dueAt", nullValue());
        // The corrected application restarts the review clock.
        decide(officer, id, Map.of("decision", "RESUBMIT"))
                .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("reviewStartedOn", equalTo(today().toString()))
                .body("decisionReasons", nullValue());
        uploadAll(id, ALL_KINDS.stream().filter(k -> !k.equals("FOOD_BUSINESS_LICENCE")).toList());
        decide(officer, id, Map.of("decision", "FILE", "filingNumber", filingNumber())).then().statusCode(200);

        await().atMost(TWO_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().when().get("/api/v1/nurseries/{id}", id).then().statusCode(200)
                        .body("timeline.entries.summary", hasItem("备案被退回：" + reasons)));
        given().auth().oauth2(officer).when().get("/api/v1/admin/nurseries/{id}", id).then().statusCode(200)
                .body("history.to", equalTo(List.of("SUBMITTED", "RETURNED", "SUBMITTED", "FILED")))
                .body("history[1].reasons", equalTo(reasons));
    }

    @Test
    void aReturnIsANoticeOfThePublicWithItsReasonsWhileTheNurseryItselfIsNotListed() {
        String name = "双滦区告知测试" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = submitted(name, false, today());
        String reasons = "场地面积不符合托育机构设置标准";
        decide(id, Map.of("decision", "RETURN", "reasons", reasons)).then().statusCode(200);

        given().queryParam("division", "130800").queryParam("size", 50).when().get("/api/v1/filing-notices")
                .then().statusCode(200)
                .body("items.find { it.nurseryName == '" + name + "' }.reasons", equalTo(reasons))
                .body("items.find { it.nurseryName == '" + name + "' }.decision", equalTo("RETURNED"))
                .body("items.find { it.nurseryName == '" + name + "' }.decisionLabel", equalTo("已退回"))
                .body("items.find { it.nurseryName == '" + name + "' }.authority", equalTo("承德市双滦区卫生健康局"))
                .body("items.find { it.nurseryName == '" + name + "' }.decidedOn", equalTo(today().toString()));
        given().when().get("/api/v1/nurseries/{id}", id).then().statusCode(404);
        given().queryParam("division", "360102").queryParam("size", 50).when().get("/api/v1/filing-notices")
                .then().statusCode(200).body("items.divisionCode", org.hamcrest.Matchers.everyItem(equalTo("360102")))
                .body("items.nurseryName", org.hamcrest.Matchers.not(hasItem(name)));
        given().queryParam("division", "36").when().get("/api/v1/filing-notices")
                .then().statusCode(400).body("errors[0].field", equalTo("division"));
        given().queryParam("size", "51").when().get("/api/v1/filing-notices")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    private static List<String> searchIds(GeoPoint point) {
        return given().queryParam("lat", point.latitude()).queryParam("lng", point.longitude()).queryParam("radius", 200)
                .when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
