package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** What the console's handler screens read: labelled queue rows and counts, the new-information marker, texts for the parent. */
@QuarkusTest
class ComplaintConsoleApiTest {

    private static final String COUNTY = "360111";

    private static Map<String, Object> nurseryIn(String county) {
        return Database.rows("select n.id, n.name from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = ? order by n.id limit 1", county).get(0);
    }

    private static String submit(String parent, UUID nursery, String category, String description) {
        return given().auth().oauth2(parent).contentType("application/json")
                .body(Map.of("nurseryId", nursery.toString(), "category", category, "description", description,
                        "incidentDate", LocalDate.now().minusDays(1).toString(), "contactPhone", "13912345678"))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static Response act(String token, String id, Map<String, Object> action) {
        Map<String, Object> body = new HashMap<>(action);
        body.putIfAbsent("version", view(token, id).getLong("version"));
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", id);
    }

    private static JsonPath view(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/admin/complaints/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(String token, String id, String... query) {
        var request = given().auth().oauth2(token).queryParam("size", 100);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        List<Map<String, Object>> items = request.get("/api/v1/admin/complaints").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElse(null);
    }

    /** One row of a queue page, read by path. */
    private interface Row {
        Object get(String path);

        default String string(String path) {
            return String.valueOf(get(path));
        }
    }

    @Test
    void queueRowsNameTheNurseryAndCountyLabelTheCodesAndSayTheTimeLeft() {
        Map<String, Object> nursery = nurseryIn(COUNTY);
        String description = "午餐饭菜经常是凉的，孩子回家说肚子饿，老师说不能添饭。家长群里多人反映过同样的问题，园方一直没有答复。";
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), (UUID) nursery.get("id"), "HYGIENE_FOOD", description);
        String handler = Tokens.staff("HANDLER", "h-console-" + UUID.randomUUID(), COUNTY);

        assertThat(row(handler, id, "status", "SUBMITTED")).isNotNull();
        JsonPath queue = given().auth().oauth2(handler).queryParam("status", "SUBMITTED").queryParam("size", 100)
                .get("/api/v1/admin/complaints").then().statusCode(200).extract().jsonPath();
        Row r = path -> queue.get("items.find { it.id == '" + id + "' }." + path);
        assertThat(r.string("nurseryName")).isEqualTo(nursery.get("name"));
        assertThat(r.string("county.name")).isEqualTo("青山湖区");
        assertThat(r.string("category.label")).isEqualTo("卫生与饮食");
        assertThat(r.string("status.label")).isEqualTo("待受理");
        assertThat(r.string("summary")).hasSize(41).endsWith("…").startsWith("午餐饭菜经常是凉的");
        assertThat(r.string("deadline.kind.code")).isEqualTo("ACCEPT");
        // Due at the end of the fifth working day after the day of receipt; the count includes today when today is a
        // working day (WorkingTimeLeft): 6 on the day of a working day's receipt, 5 after a weekend's.
        assertThat(r.string("deadline.label")).matches("剩余 [1-6] 个工作日");
        assertThat(OffsetDateTime.parse(r.string("submittedAt")).getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(r.get("newInformation")).isEqualTo(false);

        JsonPath counts = given().auth().oauth2(handler).queryParam("division", COUNTY).get("/api/v1/admin/complaints/counts")
                .then().statusCode(200).extract().jsonPath();
        long submitted = counts.getLong("byStatus.SUBMITTED");
        assertThat(submitted).isEqualTo(((Number) Database.rows("select count(*) as n from complaint where status = 'SUBMITTED' "
                + "and division_code = ?", COUNTY).get(0).get("n")).longValue());
        assertThat(counts.getList("byCounty.county.name")).containsExactly("青山湖区");
        assertThat(counts.getLong("open")).isGreaterThanOrEqualTo(submitted);

        JsonPath page = given().auth().oauth2(handler).queryParam("division", COUNTY).queryParam("size", 1)
                .get("/api/v1/admin/complaints").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getLong("total")).isEqualTo(counts.getMap("byStatus").values().stream()
                .mapToLong(v -> ((Number) v).longValue()).sum());
    }

    @Test
    void theHandlersTextsReachTheParentNotesNeverAndTheParentsAnswerIsNewUntilOpened() {
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        String id = submit(parent, (UUID) nurseryIn(COUNTY).get("id"), "FEES_REFUNDS", "退托后押金一直不退。");
        String handler = Tokens.staff("HANDLER", "h-texts-" + UUID.randomUUID(), COUNTY);

        act(handler, id, Map.of("action", "ACCEPT", "text", "您的投诉已受理，我们将尽快核实。")).then().statusCode(200);
        act(handler, id, Map.of("action", "NOTE", "text", "内部：机构负责人电话已核实")).then().statusCode(200);
        act(handler, id, Map.of("action", "REQUEST_INFO", "text", "请提供缴费凭证的照片。")).then().statusCode(200)
                .body("status.code", equalTo("INFO_REQUESTED"));
        given().auth().oauth2(parent).contentType("application/json").body(Map.of("text", "凭证编号 2026-1188，已拍照。"))
                .post("/api/v1/complaints/{id}/information", id).then().statusCode(200);

        assertThat(row(handler, id, "newInformation", "true")).as("marked in the queue").isNotNull()
                .containsEntry("newInformation", true);
        JsonPath opened = view(handler, id);
        assertThat(opened.getBoolean("newInformation")).as("this read still shows it as new").isTrue();
        assertThat(opened.getList("history.action.label")).containsSubsequence("提交投诉", "受理", "内部备注", "要求补充材料", "补充材料");
        assertThat(opened.getString("history.find { it.action.code == 'NOTE' }.actor.role.label")).isEqualTo("投诉处理人员");
        assertThat(opened.getString("history.find { it.action.code == 'PROVIDE_INFO' }.actor.name")).as("parents are not named").isNull();
        assertThat(view(handler, id).getBoolean("newInformation")).as("opened once, no longer new").isFalse();
        assertThat(row(handler, id, "newInformation", "true")).isNull();

        act(handler, id, Map.of("action", "REPLY", "text", "已督促机构在 5 个工作日内退还押金。")).then().statusCode(200);
        act(handler, id, Map.of("action", "RESOLVE", "text", "机构已退还押金，投诉属实。", "finding", "SUBSTANTIATED"))
                .then().statusCode(200).body("finding.label", equalTo("属实"));

        List<String> parentTexts = given().auth().oauth2(parent).get("/api/v1/complaints/{id}", id).then().statusCode(200)
                .extract().jsonPath().getList("history.text");
        assertThat(parentTexts).contains("您的投诉已受理，我们将尽快核实。", "请提供缴费凭证的照片。",
                "已督促机构在 5 个工作日内退还押金。", "机构已退还押金，投诉属实。");
        assertThat(String.join("|", parentTexts.stream().map(String::valueOf).toList())).doesNotContain("内部");
    }

    @Test
    void onlyTheActionsTheStateAllowsAreOfferedAndTheNurserysRecordIsAtHand() {
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), (UUID) nurseryIn(COUNTY).get("id"), "OTHER", "开放日活动安排混乱。");
        String handler = Tokens.staff("HANDLER", "h-allowed-" + UUID.randomUUID(), COUNTY);
        JsonPath submitted = view(handler, id);
        assertThat(submitted.getList("allowedActions.action.code")).containsExactlyInAnyOrder("ACCEPT", "REJECT", "ASSIGN", "NOTE");
        assertThat(submitted.getString("nurseryRecord.filingStatus.label")).isEqualTo("已备案");
        assertThat(submitted.getList("nurseryRecord.inspections")).isNotNull();
        act(handler, id, Map.of("action", "ACCEPT")).then().statusCode(200);
        JsonPath escalated = act(handler, id, Map.of("action", "ESCALATE", "text", "涉及多个部门")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(escalated.getList("allowedActions.action.code")).as("a handler may not decide an escalated complaint")
                .doesNotContain("RESOLVE", "RETURN_TO_HANDLER").contains("REPLY", "NOTE");
        assertThat(view(Tokens.staff("SUPERVISOR", "s-allowed", "360100"), id).getList("allowedActions.action.code"))
                .contains("RESOLVE", "RETURN_TO_HANDLER");
    }

    @Test
    void aComplaintIsAssignedOnlyToAnActiveHandlerOfItsCountyWhoThenFindsItAssignedToThem() {
        String id = submit(Tokens.parent("p-" + UUID.randomUUID()), (UUID) nurseryIn("360102").get("id"), "OTHER", "保育员频繁更换，孩子一直哭闹不适应。");
        String handler = Tokens.staff("HANDLER", "h-assign-" + UUID.randomUUID(), "360102");
        List<Map<String, Object>> assignees = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}/assignees", id)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> demo = assignees.stream().filter(a -> "demo-handler".equals(a.get("username"))).findFirst().orElseThrow();

        act(handler, id, Map.of("action", "ASSIGN", "assignee", "someone-else")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("assignee"));
        act(handler, id, Map.of("action", "ASSIGN", "assignee", demo.get("id"))).then().statusCode(200)
                .body("assignee.username", equalTo("demo-handler"));

        String demoToken = Tokens.staff("HANDLER", (String) demo.get("id"), "360102");
        assertThat(row(demoToken, id, "assignedToMe", "true")).isNotNull();
        assertThat(row(handler, id, "assignedToMe", "true")).isNull();
    }

    @Test
    void supervisorsKeepTheReplyTemplatesHandlersStartFrom() {
        String supervisor = Tokens.staff("SUPERVISOR", "s-templates", "360100");
        String handler = Tokens.staff("HANDLER", "h-templates", "360102");
        List<String> feeTitles = given().auth().oauth2(handler).queryParam("category", "FEES_REFUNDS")
                .get("/api/v1/admin/reply-templates").then().statusCode(200).extract().jsonPath().getList("title");
        assertThat(feeTitles.get(0)).as("the category's own first").isEqualTo("收费问题答复");
        assertThat(feeTitles).contains("受理告知").doesNotContain("卫生饮食问题答复");

        Map<String, Object> record = Map.of("category", "STAFF_QUALIFICATIONS", "action", "REPLY", "title", "资质核查答复",
                "text", "我们已核查该机构保育人员的健康证和资格证。");
        given().auth().oauth2(handler).contentType("application/json").body(record)
                .post("/api/v1/admin/reply-templates").then().statusCode(403);
        JsonPath created = given().auth().oauth2(supervisor).contentType("application/json").body(record)
                .post("/api/v1/admin/reply-templates").then().statusCode(201).extract().jsonPath();
        String templateId = created.getString("id");
        Map<String, Object> change = new HashMap<>(record);
        change.put("text", "我们已逐一核查保育人员的健康证和资格证。");
        change.put("version", created.getLong("version"));
        given().auth().oauth2(supervisor).contentType("application/json").body(change)
                .put("/api/v1/admin/reply-templates/{id}", templateId).then().statusCode(200)
                .body("text", equalTo("我们已逐一核查保育人员的健康证和资格证。"));
        given().auth().oauth2(supervisor).contentType("application/json").body(change)
                .put("/api/v1/admin/reply-templates/{id}", templateId).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(supervisor).delete("/api/v1/admin/reply-templates/{id}", templateId).then().statusCode(204);
        assertThat(given().auth().oauth2(handler).queryParam("category", "STAFF_QUALIFICATIONS")
                .get("/api/v1/admin/reply-templates").then().statusCode(200).extract().jsonPath().getList("id"))
                .doesNotContain(templateId);
    }
}
