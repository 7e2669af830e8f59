package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Revealing a reporter's number under control (issue #21 point 6): a reason from the list plus a sentence; refused
 * once the complaint is closed until a supervisor re-opens access with a reason; the reveal past the daily threshold
 * (10 in tests, as by default) alerts the county's supervisors through the outbox, in their console's list.
 */
@QuarkusTest
class ContactRevealControlTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COUNTY = "360111";

    private static String complaint() {
        String nursery = Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' "
                + "and n.division_code = ? order by n.id limit 1", COUNTY).get(0).get("id").toString();
        return given().auth().oauth2(Tokens.parent("parent-" + UUID.randomUUID())).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", "FEES_REFUNDS", "description", "退托押金拖了两个月还没退。",
                        "incidentDate", LocalDate.now(CHINA).minusDays(3).toString(), "contactPhone", "13812345678"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static String account(String role, String name, String division) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("username", "reveal-" + UUID.randomUUID().toString().substring(0, 8), "password",
                        "Reveal-" + UUID.randomUUID(), "displayName", name, "roles", List.of(role), "divisions", List.of(division)))
                .post("/api/v1/admin/accounts").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response reveal(String token, String id, Object reasonCode, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("reasonCode", reasonCode);
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/contact-reveal", id);
    }

    @Test
    void aRevealNeedsAReasonFromTheListAndASentenceBothAudited() {
        String handler = Tokens.staff("HANDLER", "reveal-h-" + UUID.randomUUID(), COUNTY);
        given().auth().oauth2(handler).get("/api/v1/admin/complaints/contact-reveal-reasons").then().statusCode(200)
                .body("code", hasSize(RevealReason.values().length)).body("[0].code", equalTo("VERIFY_FACTS"))
                .body("[0].label", equalTo("电话核实事发经过"));
        given().auth().oauth2(handler).header("Accept-Language", "en").get("/api/v1/admin/complaints/contact-reveal-reasons")
                .then().statusCode(200).body("[0].label", equalTo("Verify what happened by phone"));
        String id = complaint();
        reveal(handler, id, null, "电话核实事发经过").then().statusCode(400).body("errors[0].field", containsString("reasonCode"));
        reveal(handler, id, "CURIOSITY", "电话核实事发经过").then().statusCode(400);
        reveal(handler, id, "REQUEST_EVIDENCE", "").then().statusCode(400);
        reveal(handler, id, "REQUEST_EVIDENCE", "请家长补充退费收据照片").then().statusCode(200)
                .body("contactPhone", equalTo("13812345678"));
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'COMPLAINT_CONTACT_REVEALED' "
                + "and after_state = 'REQUEST_EVIDENCE' and reason = '请投诉人补充材料或证据：请家长补充退费收据照片'", id)).isEqualTo(1);
    }

    @Test
    void aClosedComplaintsNumberStaysHiddenUntilASupervisorReopensAccessWithAReason() {
        String handler = Tokens.staff("HANDLER", "reveal-closed-" + UUID.randomUUID(), COUNTY);
        String supervisor = Tokens.staff("SUPERVISOR", "reveal-sup-" + UUID.randomUUID(), "360100");
        String id = complaint();
        // Open: no re-opening needed (nor possible).
        given().auth().oauth2(supervisor).contentType("application/json").body(Map.of("reason", "家长申请复核处理结果"))
                .post("/api/v1/admin/complaints/{id}/contact-access", id).then().statusCode(409);
        long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
        given().auth().oauth2(handler).contentType("application/json")
                .body(Map.of("action", "REJECT", "version", version, "text", "不属于本部门受理范围"))
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);

        reveal(handler, id, "INFORM_OUTCOME", "电话告知不予受理的原因").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("重新开放"));
        // A handler cannot re-open; a supervisor needs a reason.
        given().auth().oauth2(handler).contentType("application/json").body(Map.of("reason", "我想再打一次电话"))
                .post("/api/v1/admin/complaints/{id}/contact-access", id).then().statusCode(403);
        given().auth().oauth2(supervisor).contentType("application/json").body(Map.of("reason", ""))
                .post("/api/v1/admin/complaints/{id}/contact-access", id).then().statusCode(400);
        JsonPath access = given().auth().oauth2(supervisor).contentType("application/json")
                .body(Map.of("reason", "家长申请复核处理结果，需电话沟通"))
                .post("/api/v1/admin/complaints/{id}/contact-access", id).then().statusCode(200).extract().jsonPath();
        assertThat(Duration.between(Instant.parse(access.getString("grantedAt")), Instant.parse(access.getString("expiresAt"))))
                .isEqualTo(Duration.ofDays(7));
        reveal(handler, id, "INFORM_OUTCOME", "电话告知不予受理的原因").then().statusCode(200);
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action = 'COMPLAINT_CONTACT_ACCESS_REOPENED' "
                + "and reason = '家长申请复核处理结果，需电话沟通' and before_state = 'REJECTED'", id)).isEqualTo(1);
        // The re-opening runs out: refused again.
        Database.rows("update complaint_contact_access set expires_at = now() - interval '1 second' "
                + "where complaint_id = cast(? as uuid) returning id", id);
        reveal(handler, id, "INFORM_OUTCOME", "再次电话告知").then().statusCode(409);
    }

    @Test
    void revealsAtTheSameMomentCrossTheThresholdExactlyOnce() throws Exception {
        String handlerId = account("HANDLER", "同时查看者", COUNTY);
        String handler = Tokens.staff("HANDLER", handlerId, COUNTY);
        String countySupervisor = Tokens.staff("SUPERVISOR", "alert-sup-" + UUID.randomUUID(), COUNTY);
        String id = complaint();
        for (int i = 0; i < 8; i++) {
            reveal(handler, id, "VERIFY_FACTS", "第 " + (i + 1) + " 次核实").then().statusCode(200);
        }
        // Six at once: the 9th to the 14th. Exactly one of them is the 11th, whichever commits when.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = 9 + i;
                answers.add(pool.submit(() -> reveal(handler, id, "VERIFY_FACTS", "第 " + n + " 次核实").statusCode()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<Map<String, Object>> alerts = alertsOf(countySupervisor, handlerId);
        while (alerts.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            alerts = alertsOf(countySupervisor, handlerId);
        }
        // Counted in turn, one of the six saw 11 and raised it (counted together, all six could have seen 9 to 14
        // minus the uncommitted others, and none exactly 11).
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("reveals")).isEqualTo(11);
    }

    @Test
    void theRevealPastTheDailyThresholdAlertsTheCountysSupervisorsOnce() throws InterruptedException {
        String handlerId = account("HANDLER", "频繁查看者", COUNTY);
        String handler = Tokens.staff("HANDLER", handlerId, COUNTY);
        account("SUPERVISOR", "青山湖区监管员", COUNTY);
        String countySupervisor = Tokens.staff("SUPERVISOR", "alert-sup-" + UUID.randomUUID(), COUNTY);
        String otherSupervisor = Tokens.staff("SUPERVISOR", "alert-other-" + UUID.randomUUID(), "360102");
        String id = complaint();
        for (int i = 0; i < 10; i++) {
            reveal(handler, id, "VERIFY_FACTS", "第 " + (i + 1) + " 次核实").then().statusCode(200);
        }
        Thread.sleep(1500);
        assertThat(alertsOf(countySupervisor, handlerId)).isEmpty();
        // The 11th reveal of the day crosses the threshold; the 12th raises nothing more.
        reveal(handler, id, "VERIFY_FACTS", "第 11 次核实").then().statusCode(200);
        reveal(handler, id, "VERIFY_FACTS", "第 12 次核实").then().statusCode(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<Map<String, Object>> alerts = alertsOf(countySupervisor, handlerId);
        while (alerts.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            alerts = alertsOf(countySupervisor, handlerId);
        }
        assertThat(alerts).hasSize(1);
        Map<String, Object> alert = alerts.get(0);
        assertThat(alert.get("name")).isEqualTo("频繁查看者");
        assertThat(alert.get("reveals")).isEqualTo(11);
        assertThat(alert.get("threshold")).isEqualTo(10);
        assertThat(alert.get("day")).isEqualTo(LocalDate.now(CHINA).toString());
        assertThat(((Map<?, ?>) alert.get("division")).get("code")).isEqualTo(COUNTY);
        assertThat(Database.count("select supervisors from contact_reveal_alert where handler_id = ?", handlerId)).isGreaterThanOrEqualTo(1);
        // Another county's supervisor does not see it; handlers may not list alerts.
        assertThat(alertsOf(otherSupervisor, handlerId)).isEmpty();
        given().auth().oauth2(handler).get("/api/v1/admin/complaints/contact-reveal-alerts").then().statusCode(403);
        // The outbox carried ids and counts, never the number.
        assertThat(Database.count("select count(*) from outbox_event where topic = ? and payload like '%13812345678%'",
                ContactReveals.ALERT_TOPIC)).isZero();
    }

    private static List<Map<String, Object>> alertsOf(String supervisor, String handlerId) {
        List<Map<String, Object>> all = given().auth().oauth2(supervisor).get("/api/v1/admin/complaints/contact-reveal-alerts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(a -> handlerId.equals(a.get("accountId"))).toList();
    }
}
