package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SubstantiatedComplaintDisclosureTest {

    @Test
    void aSubstantiatedComplaintCountsInTheNurseryDisclosureAndTimelineWithoutWhoComplained() {
        UUID nursery = (UUID) Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360111' order by n.id desc limit 1").get(0).get("id");
        int before = given().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200).extract()
                .path("supervision.substantiatedComplaintsLast12Months");

        String parentId = "parent-" + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.parent(parentId)).contentType("application/json")
                .body(Map.of("nurseryId", nursery.toString(), "category", "HYGIENE_FOOD",
                        "description", "午餐饭菜多次变质发馊，孩子回家后腹泻。", "incidentDate", LocalDate.now().minusDays(1).toString(),
                        "contactPhone", "13912345678"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        String handler = Tokens.staff("HANDLER", "h-111", "360111");
        for (Map<String, Object> action : new Map[]{Map.of("action", "ACCEPT"),
                Map.of("action", "RESOLVE", "text", "现场检查属实，已责令整改", "finding", "SUBSTANTIATED")}) {
            long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
            Map<String, Object> body = new java.util.HashMap<>(action);
            body.put("version", version);
            given().auth().oauth2(handler).contentType("application/json").body(body)
                    .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);
        }

        String detail = given().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200).extract().asString();
        int after = io.restassured.path.json.JsonPath.from(detail).getInt("supervision.substantiatedComplaintsLast12Months");
        assertThat(after).isEqualTo(before + 1);
        assertThat(io.restassured.path.json.JsonPath.from(detail).getList("timeline.entries.kind.code", String.class)).contains("COMPLAINT");
        assertThat(detail).doesNotContain(parentId).doesNotContain("13912345678").doesNotContain("腹泻");
    }
}
