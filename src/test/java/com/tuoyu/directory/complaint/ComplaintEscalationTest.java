package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ComplaintEscalationTest {

    private static int act(String token, String id, Map<String, Object> action) {
        long version = given().auth().oauth2(token).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(action);
        body.put("version", version);
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", id).statusCode();
    }

    @Test
    void anEscalatedComplaintIsForTheSupervisorToReturnOrResolve() {
        String nursery = Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '140902' order by n.id limit 1").get(0).get("id").toString();
        String id = given().auth().oauth2(Tokens.parent("p-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", "STAFF_QUALIFICATIONS",
                        "description", "保育老师没有健康证，多次询问园方均回避。", "incidentDate", LocalDate.now().minusDays(5).toString()))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        String handler = Tokens.staff("HANDLER", "h-xz", "140902");
        String supervisor = Tokens.staff("SUPERVISOR", "s-xz", "140900");

        org.assertj.core.api.Assertions.assertThat(act(handler, id, Map.of("action", "ACCEPT"))).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(act(handler, id, Map.of("action", "ESCALATE", "text", "涉及多家机构，请督导协调"))).isEqualTo(200);
        // Only a supervisor returns or resolves an escalated complaint.
        org.assertj.core.api.Assertions.assertThat(act(handler, id, Map.of("action", "RETURN_TO_HANDLER"))).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(act(handler, id, Map.of("action", "RESOLVE", "text", "x", "finding", "NOT_SUBSTANTIATED")))
                .isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(act(supervisor, id, Map.of("action", "RETURN_TO_HANDLER"))).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(act(handler, id, Map.of("action", "ESCALATE", "text", "仍需督导决定"))).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(act(supervisor, id, Map.of("action", "RESOLVE", "text", "经查部分属实，已责令补办健康证",
                "finding", "PARTLY_SUBSTANTIATED"))).isEqualTo(200);

        given().auth().oauth2(supervisor).get("/api/v1/admin/complaints/{id}", id).then().statusCode(200)
                .body("status.code", equalTo("RESOLVED"))
                .body("history.action.code", hasItem("ESCALATE"))
                .body("history.action.code", hasItem("RETURN_TO_HANDLER"))
                .body("history.find { it.action.code == 'ESCALATE' }.actor.name", equalTo("h-xz"));
        org.assertj.core.api.Assertions.assertThat(Database.count(
                "select count(*) from audit_entry where subject_id = ? and action like 'COMPLAINT_%'", id)).isGreaterThanOrEqualTo(6);
    }
}
