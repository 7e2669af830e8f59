package com.tuoyu.directory.supervision;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.SearchIndexSupport;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Supervisors append and correct inspections, grades, penalties, misconduct and list entries; each reaches the public
 * disclosure and the index through the outbox, is audited, and never shows inspectors publicly.
 */
@QuarkusTest
class SupervisionRecordsTest {

    /** Chengde: no other test writes supervision records there. */
    private static final String CITY = "130800";

    private static UUID nursery(int offset) {
        return (UUID) Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code like '1308%' order by n.id offset ? limit 1", offset)
                .get(0).get("id");
    }

    private static String supervisor() {
        return Tokens.staff("SUPERVISOR", "sup-" + UUID.randomUUID(), CITY);
    }

    private static String inspector(String token, String name) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("divisionCode", CITY, "name", name, "employeeNumber", "SL-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/admin/inspectors").then().statusCode(201).extract().path("id");
    }

    private static long version(UUID nursery) {
        return Database.count("select version from nursery where id = ?", nursery);
    }

    @Test
    void anInspectionReachesThePublicDisclosureAndTheIndexWithoutItsInspectors() {
        UUID nursery = nursery(0);
        String token = supervisor();
        String inspectorName = "检查员" + UUID.randomUUID().toString().substring(0, 6);
        String inspectorId = inspector(token, inspectorName);
        long before = version(nursery);
        String findings = "晨检记录不全-" + UUID.randomUUID().toString().substring(0, 6);

        String id = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("inspectedOn", LocalDate.now().minusDays(1).toString(), "kind", "RANDOM",
                        "result", "RECTIFICATION_REQUIRED", "findings", findings, "inspectorIds", List.of(inspectorId)))
                .post("/api/v1/admin/nurseries/{id}/inspections", nursery)
                .then().statusCode(201)
                .body("inspectors[0].name", equalTo(inspectorName))
                .extract().path("id");

        assertThat(version(nursery)).isEqualTo(before + 1);
        SearchIndexSupport.awaitIndexCaughtUp();
        String detail = given().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(detail);
        assertThat(json.getList("supervision.inspections.findings", String.class)).contains(findings);
        assertThat(detail).doesNotContain(inspectorName).doesNotContain(inspectorId);
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'INSPECTION_RECORDED'", id))
                .isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and after_state like ?", id,
                "%" + inspectorName + "%")).as("inspector names stay out of the audit trail").isZero();

        given().auth().oauth2(token).get("/api/v1/admin/nurseries/{id}/supervision", nursery).then().statusCode(200)
                .body("inspections.find { it.id == '" + id + "' }.inspectors[0].name", equalTo(inspectorName));
    }

    @Test
    void aCorrectionNeedsAReasonAndIsAuditedWithTheBeforeAndAfter() {
        UUID nursery = nursery(1);
        String token = supervisor();
        String penalty = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("decidedOn", LocalDate.now().minusDays(3).toString(), "decisionNumber", "双卫罚〔2026〕9号",
                        "authority", "承德市双滦区卫生健康局", "violation", "保育人员未持健康证上岗", "sanction", "警告"))
                .post("/api/v1/admin/nurseries/{id}/penalties", nursery).then().statusCode(201).extract().path("id");

        Map<String, Object> corrected = new HashMap<>(Map.of("decidedOn", LocalDate.now().minusDays(3).toString(),
                "decisionNumber", "双卫罚〔2026〕19号", "authority", "承德市双滦区卫生健康局",
                "violation", "保育人员未持健康证上岗", "sanction", "警告，罚款二千元"));
        given().auth().oauth2(token).contentType("application/json").body(corrected)
                .put("/api/v1/admin/nurseries/{id}/penalties/{p}", nursery, penalty)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("correctionReason"));

        corrected.put("correctionReason", "文号录入错误");
        given().auth().oauth2(token).contentType("application/json").body(corrected)
                .put("/api/v1/admin/nurseries/{id}/penalties/{p}", nursery, penalty)
                .then().statusCode(200).body("decisionNumber", equalTo("双卫罚〔2026〕19号"));

        Map<String, Object> audit = Database.rows("select before_state, after_state, reason from audit_entry "
                + "where subject_id = ? and action = 'PENALTY_CORRECTED'", penalty).get(0);
        assertThat((String) audit.get("before_state")).contains("〔2026〕9号");
        assertThat((String) audit.get("after_state")).contains("〔2026〕19号");
        assertThat(audit.get("reason")).isEqualTo("文号录入错误");
        JsonPath detail = given().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("supervision.penalties.decisionNumber", String.class))
                .contains("双卫罚〔2026〕19号").doesNotContain("双卫罚〔2026〕9号");
        assertThat(Database.count("select count(*) from penalty where id = ?", UUID.fromString(penalty))).isEqualTo(1);
    }

    @Test
    void aBlackListEntryShowsUntilItsRemovalDate() {
        UUID nursery = nursery(2);
        String token = supervisor();
        String reason = "虐童事件-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> entry = new HashMap<>(Map.of("list", "BLACK", "listedOn", LocalDate.now().minusDays(10).toString(),
                "reason", reason));
        // The city's ranking, kept by each replica until one of its nurseries changes: read before the entry...
        String blackListPoints = "find { it.nurseryId == '" + nursery + "' }.components.find { it.factor == 'BLACK_LIST' }.points";
        given().auth().oauth2(token).get("/api/v1/admin/risk?division={d}", CITY).then().statusCode(200)
                .body(blackListPoints, equalTo(0.0f));
        String id = given().auth().oauth2(token).contentType("application/json").body(entry)
                .post("/api/v1/admin/nurseries/{id}/credit-entries", nursery).then().statusCode(201).extract().path("id");
        given().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200)
                .body("supervision.credit.onBlackList", equalTo(true));
        // ...and at once after it: the entry changed the nursery, and the ranking holding it was dropped.
        given().auth().oauth2(token).get("/api/v1/admin/risk?division={d}", CITY).then().statusCode(200)
                .body(blackListPoints, equalTo(10.0f));
        given().auth().oauth2(token).get("/api/v1/admin/nurseries/{id}/risk", nursery).then().statusCode(200)
                .body("components.find { it.factor == 'BLACK_LIST' }.points", equalTo(10.0f));

        entry.put("removedOn", LocalDate.now().minusDays(1).toString());
        entry.put("correctionReason", "整改验收合格，移出黑名单");
        given().auth().oauth2(token).contentType("application/json").body(entry)
                .put("/api/v1/admin/nurseries/{id}/credit-entries/{e}", nursery, id).then().statusCode(200);
        given().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200)
                .body("supervision.credit.onBlackList", equalTo(false))
                .body("supervision.credit.entries.find { it.reason == '" + reason + "' }.removedOn",
                        equalTo(LocalDate.now().minusDays(1).toString()));
    }

    @Test
    void gradesAndMisconductArePublic() {
        UUID nursery = nursery(3);
        String token = supervisor();
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("grade", "EXCELLENT", "assessedOn", LocalDate.now().toString()))
                .post("/api/v1/admin/nurseries/{id}/quality-assessments", nursery).then().statusCode(201);
        String description = "未按规定保存监控录像-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("recordedOn", LocalDate.now().toString(), "description", description))
                .post("/api/v1/admin/nurseries/{id}/misconduct", nursery).then().statusCode(201);
        JsonPath detail = given().get("/api/v1/nurseries/{id}", nursery).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("supervision.latestQualityAssessment.grade.code")).isEqualTo("EXCELLENT");
        assertThat(detail.getList("supervision.misconduct.description", String.class)).contains(description);
    }

    @Test
    void outsideTheDistrictAnswers404AndBadInputIs400() {
        UUID nursery = nursery(0);
        String elsewhere = Tokens.staff("SUPERVISOR", "sup-x", "620102");
        given().auth().oauth2(elsewhere).contentType("application/json")
                .body(Map.of("grade", "GOOD", "assessedOn", LocalDate.now().toString()))
                .post("/api/v1/admin/nurseries/{id}/quality-assessments", nursery).then().statusCode(404);
        given().auth().oauth2(elsewhere).get("/api/v1/admin/nurseries/{id}/risk", nursery).then().statusCode(404);
        String token = supervisor();
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("grade", "GOOD", "assessedOn", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/admin/nurseries/{id}/quality-assessments", nursery).then().statusCode(400)
                .body("errors[0].field", equalTo("assessedOn"));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("inspectedOn", LocalDate.now().toString(), "kind", "ROUTINE", "result", "PASSED",
                        "inspectorIds", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/admin/nurseries/{id}/inspections", nursery).then().statusCode(400)
                .body("errors[0].field", equalTo("inspectorIds"));
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "fo", CITY)).contentType("application/json")
                .body(Map.of("grade", "GOOD", "assessedOn", LocalDate.now().toString()))
                .post("/api/v1/admin/nurseries/{id}/quality-assessments", nursery).then().statusCode(403);
    }
}
