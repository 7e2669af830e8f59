package com.tuoyu.directory.audit;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log as supervisors read it: a handler's reads and reveal of a complaint in one county are seen by a
 * supervisor of that county, by name and with labels in Chinese or English (the parent who filed it only as 家长),
 * never by a supervisor of another county;
 * paging and the person, complaint, nursery and date filters; handlers are refused; and the log cannot be changed,
 * neither through the API (which has no such operation) nor in the database (the trigger refuses it).
 */
@QuarkusTest
class AuditLogApiTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    record Scene(String county, UUID nurseryId, String complaintId, String handlerId, String handler, String supervisor) {
    }

    /** A complaint in a quiet county, read three times and its number revealed once by a named handler. */
    private static Scene scene() {
        Map<String, Object> nursery = Database.rows("select n.id, n.division_code from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code in ('130821', '130881', '140921', '140981') "
                + "order by n.division_code, n.id limit 1").get(0);
        String county = (String) nursery.get("division_code");
        UUID nurseryId = (UUID) nursery.get("id");
        String parent = Tokens.parent("parent-" + UUID.randomUUID());
        String complaintId = given().auth().oauth2(parent).contentType("application/json")
                .body(Map.of("nurseryId", nurseryId.toString(), "category", "FEES_REFUNDS", "description",
                        "退托后押金一直不退，园长不接电话。", "incidentDate", LocalDate.now(CHINA).minusDays(2).toString(),
                        "contactPhone", "13812345678"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        String handlerId = account("HANDLER", "审计测试处理员" + suffix(), county);
        String handler = Tokens.staff("HANDLER", handlerId, county);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", complaintId).then().statusCode(200);
        }
        given().auth().oauth2(handler).contentType("application/json")
                .body(Map.of("reasonCode", "VERIFY_FACTS", "reason", "家长留言称另一号码 13912345678 也可联系，先拨登记号码核实"))
                .post("/api/v1/admin/complaints/{id}/contact-reveal", complaintId).then().statusCode(200);
        String supervisor = Tokens.staff("SUPERVISOR", account("SUPERVISOR", "审计测试监管员" + suffix(), county), county);
        return new Scene(county, nurseryId, complaintId, handlerId, handler, supervisor);
    }

    @Test
    void aSupervisorOfTheCountyReadsTheHandlersRevealByNameAndOfAnotherCountySeesNone() {
        Scene s = scene();
        JsonPath page = given().auth().oauth2(s.supervisor()).queryParam("complaint", s.complaintId())
                .get("/api/v1/admin/audit").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(5);
        assertThat(page.getList("items.action.code")).containsExactly("COMPLAINT_CONTACT_REVEALED", "COMPLAINT_READ",
                "COMPLAINT_READ", "COMPLAINT_READ", "COMPLAINT_SUBMITTED");
        // The parent who filed it is 家长, never an id.
        assertThat(page.getString("items[4].actor.name")).isEqualTo("家长");
        assertThat(page.getString("items[4].actor.id")).isNull();
        assertThat(page.getString("items[4].division.id")).isEqualTo(s.county());
        Map<String, Object> reveal = page.getMap("items[0]");
        assertThat(page.getString("items[0].action.label")).isEqualTo("查看投诉人联系电话");
        assertThat(page.getString("items[0].kind.code")).isEqualTo("REVEAL");
        assertThat(page.getString("items[0].actor.name")).startsWith("审计测试处理员");
        assertThat(page.getString("items[0].actor.id")).isEqualTo(s.handlerId());
        assertThat(page.getString("items[0].actor.role.label")).isEqualTo("投诉处理人员");
        assertThat(page.getString("items[0].subject.type.label")).isEqualTo("投诉");
        assertThat(page.getString("items[0].subject.label")).startsWith("TS");
        assertThat(page.getString("items[0].division.id")).isEqualTo(s.county());
        assertThat(page.getString("items[0].nursery.id")).isEqualTo(s.nurseryId().toString());
        assertThat(page.getString("items[0].occurredAt")).endsWith("+08:00");
        // Never a parent's number: the one typed into the reason is masked, the revealed one was never stored.
        assertThat(page.getString("items[0].reason")).contains("139****5678").doesNotContain("13912345678");
        assertThat(reveal.toString()).doesNotContain("13812345678");

        String stranger = Tokens.staff("SUPERVISOR", "audit-stranger-" + UUID.randomUUID(), "140981".equals(s.county()) ? "130821" : "140981");
        given().auth().oauth2(stranger).queryParam("complaint", s.complaintId()).get("/api/v1/admin/audit")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        JsonPath all = given().auth().oauth2(stranger).queryParam("size", 100).get("/api/v1/admin/audit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.subject.id")).doesNotContain(s.complaintId());
        assertThat(all.getList("items.division.id", String.class)).allMatch(code -> code == null || !code.equals(s.county()));
        given().auth().oauth2(stranger).queryParam("person", s.handlerId()).get("/api/v1/admin/audit")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        assertThat(given().auth().oauth2(stranger).get("/api/v1/admin/audit/people").then().statusCode(200)
                .extract().jsonPath().getList("id")).doesNotContain(s.handlerId());
        assertThat(given().auth().oauth2(s.supervisor()).get("/api/v1/admin/audit/people").then().statusCode(200)
                .extract().jsonPath().getList("id")).contains(s.handlerId());
    }

    @Test
    void pagesAndFiltersByPersonNurseryAndDate() {
        Scene s = scene();
        JsonPath first = given().auth().oauth2(s.supervisor()).queryParam("person", s.handlerId())
                .queryParam("size", 3).get("/api/v1/admin/audit").then().statusCode(200).extract().jsonPath();
        assertThat(first.getLong("total")).isEqualTo(4);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(3);
        assertThat(first.getList("items")).hasSize(3);
        JsonPath second = given().auth().oauth2(s.supervisor()).queryParam("person", s.handlerId())
                .queryParam("size", 3).queryParam("page", 1).get("/api/v1/admin/audit").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getString("items[0].action.code")).isEqualTo("COMPLAINT_READ");
        List<Long> ids = new java.util.ArrayList<>(first.getList("items.id", Long.class));
        ids.addAll(second.getList("items.id", Long.class));
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // The nursery filter takes the entries about complaints about it, too.
        JsonPath byNursery = given().auth().oauth2(s.supervisor()).queryParam("nursery", s.nurseryId().toString())
                .queryParam("size", 100).get("/api/v1/admin/audit").then().statusCode(200).extract().jsonPath();
        assertThat(byNursery.getList("items.subject.id")).contains(s.complaintId());
        assertThat(byNursery.getList("items.nursery.id", String.class)).containsOnly(s.nurseryId().toString());

        LocalDate today = LocalDate.now(CHINA);
        given().auth().oauth2(s.supervisor()).queryParam("complaint", s.complaintId()).queryParam("from", today.toString())
                .queryParam("to", today.toString()).get("/api/v1/admin/audit").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(5));
        given().auth().oauth2(s.supervisor()).queryParam("complaint", s.complaintId())
                .queryParam("to", today.minusDays(1).toString()).get("/api/v1/admin/audit").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(s.supervisor()).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .get("/api/v1/admin/audit").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("from"));
        given().auth().oauth2(s.supervisor()).queryParam("complaint", "not-a-uuid").get("/api/v1/admin/audit")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("complaint"));
        given().auth().oauth2(s.supervisor()).queryParam("size", 101).get("/api/v1/admin/audit").then().statusCode(400);
    }

    @Test
    void labelsAreEnglishWhenAskedAndHandlersAreRefused() {
        Scene s = scene();
        JsonPath english = given().auth().oauth2(s.supervisor()).header("Accept-Language", "en")
                .queryParam("complaint", s.complaintId()).queryParam("size", 1).get("/api/v1/admin/audit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(english.getString("items[0].action.label")).isEqualTo("Revealed the complainant's phone number");
        assertThat(english.getString("items[0].kind.label")).isEqualTo("Revealed");
        assertThat(english.getString("items[0].actor.role.label")).isEqualTo("Complaint handler");
        assertThat(english.getString("items[0].subject.type.label")).isEqualTo("Complaint");

        given().auth().oauth2(s.handler()).get("/api/v1/admin/audit").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff("FILING_OFFICER", "audit-officer", s.county())).get("/api/v1/admin/audit/people")
                .then().statusCode(403);
        given().get("/api/v1/admin/audit").then().statusCode(401);
        given().auth().oauth2(s.handler()).header("Accept-Language", "en").get("/api/v1/admin/audit").then().statusCode(403)
                .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(".*[\\u4e00-\\u9fff].*")));
    }

    @Test
    void theLogIsAppendOnlyThroughTheApiAndInTheDatabase() {
        Scene s = scene();
        // No operation writes, changes or removes an entry.
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            given().auth().oauth2(s.supervisor()).contentType("application/json").body("{}")
                    .request(method, "/api/v1/admin/audit").then().statusCode(405);
        }
        Map<String, Object> paths = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap("paths");
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/v1/admin/audit")) {
                assertThat(((Map<?, ?>) operations).keySet().stream().map(Object::toString).toList()).as(path).containsOnly("get");
            }
        });
        long id = Database.rows("select id from audit_entry where subject_id = ? and action = 'COMPLAINT_CONTACT_REVEALED'",
                s.complaintId()).stream().map(r -> ((Number) r.get("id")).longValue()).findFirst().orElseThrow();
        assertThatThrownBy(() -> execute("update audit_entry set reason = 'nothing happened' where id = " + id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_entry where id = " + id)).hasMessageContaining("append-only");
        assertThat(Database.count("select count(*) from audit_entry where id = ? and reason like '电话核实事发经过：家长留言%'", id)).isEqualTo(1);
    }

    private static String account(String role, String name, String county) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("username", "audit-" + suffix(), "password", "Audit-" + UUID.randomUUID(), "displayName", name,
                        "roles", List.of(role), "divisions", List.of(county)))
                .post("/api/v1/admin/accounts").then().statusCode(201).extract().path("id");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static void execute(String sql) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
