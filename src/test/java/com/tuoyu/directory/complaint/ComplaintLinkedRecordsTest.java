package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A substantiated complaint links only an inspection or penalty that exists and concerns its own nursery. */
@QuarkusTest
class ComplaintLinkedRecordsTest {

    @Test
    void onlyAnExistingInspectionOrPenaltyOfTheSameNurseryCanBeLinked() {
        // A filed nursery in Lanzhou with both an inspection and a penalty on record (read only; other tests pick
        // their nurseries elsewhere or by other rules).
        List<Map<String, Object>> candidates = Database.rows("select n.id, n.division_code, "
                + "(select i.id from inspection i where i.nursery_id = n.id order by i.id limit 1) as inspection, "
                + "(select p.id from penalty p where p.nursery_id = n.id order by p.id limit 1) as penalty "
                + "from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' and n.division_code like '6201%' "
                + "and exists (select 1 from inspection i where i.nursery_id = n.id) "
                + "and exists (select 1 from penalty p where p.nursery_id = n.id) order by n.id limit 1");
        assertThat(candidates).as("a demo nursery with an inspection and a penalty").isNotEmpty();
        UUID nursery = (UUID) candidates.get(0).get("id");
        String division = (String) candidates.get(0).get("division_code");
        UUID inspection = (UUID) candidates.get(0).get("inspection");
        UUID penalty = (UUID) candidates.get(0).get("penalty");
        UUID otherInspection = (UUID) Database.rows("select id from inspection where nursery_id <> ? order by id limit 1", nursery)
                .get(0).get("id");
        UUID otherPenalty = (UUID) Database.rows("select id from penalty where nursery_id <> ? order by id limit 1", nursery)
                .get(0).get("id");

        String id = given().auth().oauth2(Tokens.parent("parent-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("nurseryId", nursery.toString(), "category", "FEES_REFUNDS",
                        "description", "退托后押金迟迟不退，多次催要无果。", "incidentDate", LocalDate.now().minusDays(3).toString()))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        String handler = Tokens.staff("HANDLER", "h-links", division);
        act(handler, id, Map.of("action", "ACCEPT")).then().statusCode(200);

        Map<String, Object> resolve = Map.of("action", "RESOLVE", "text", "查实违规收费，已立案处罚", "finding", "SUBSTANTIATED");
        List<Map<String, String>> wrongLinks = List.of(Map.of("inspectionId", otherInspection.toString()),
                Map.of("penaltyId", otherPenalty.toString()),
                Map.of("inspectionId", UUID.randomUUID().toString()),
                Map.of("inspectionId", inspection.toString(), "penaltyId", UUID.randomUUID().toString()));
        for (Map<String, String> wrong : wrongLinks) {
            Map<String, Object> body = new HashMap<>(resolve);
            body.putAll(wrong);
            act(handler, id, body).then().statusCode(422).contentType("application/problem+json");
        }
        assertThat(Database.rows("select status, linked_inspection_id, linked_penalty_id from complaint where id = cast(? as uuid)", id)
                .get(0)).containsEntry("status", "ACCEPTED").containsEntry("linked_inspection_id", null);

        Map<String, Object> body = new HashMap<>(resolve);
        body.put("inspectionId", inspection.toString());
        body.put("penaltyId", penalty.toString());
        act(handler, id, body).then().statusCode(200);
        Map<String, Object> stored = Database.rows("select status, linked_inspection_id, linked_penalty_id from complaint "
                + "where id = cast(? as uuid)", id).get(0);
        assertThat(stored).containsEntry("status", "RESOLVED").containsEntry("linked_inspection_id", inspection)
                .containsEntry("linked_penalty_id", penalty);
    }

    @Test
    void aComplaintAboutAnUnlistedFacilityLinksNoInspection() {
        UUID anyInspection = (UUID) Database.rows("select id from inspection order by id limit 1").get(0).get("id");
        String id = given().auth().oauth2(Tokens.parent("parent-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("facilityName", "阳光小天使托管班", "facilityAddress", "城关区某小区 3 栋底商", "divisionCode", "620102",
                        "category", "UNFILED_OPERATION", "description", "小区底商未备案擅自开办托育，收托十余名婴幼儿。",
                        "incidentDate", LocalDate.now().minusDays(2).toString()))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        String handler = Tokens.staff("HANDLER", "h-links-2", "620102");
        act(handler, id, Map.of("action", "ACCEPT")).then().statusCode(200);
        act(handler, id, Map.of("action", "RESOLVE", "text", "查实无证经营，已移交处理", "finding", "SUBSTANTIATED",
                "inspectionId", anyInspection.toString())).then().statusCode(422);
    }

    private static Response act(String handler, String id, Map<String, Object> action) {
        long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(action);
        body.put("version", version);
        return given().auth().oauth2(handler).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", id);
    }
}
