package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** What a parent reads about their complaint: names, labels, Beijing times, deadlines in words, who handles it. */
@QuarkusTest
class ParentComplaintViewTest {

    private static Map<String, Object> nursery() {
        return Database.rows("select n.id, n.name from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360102' order by n.id desc limit 1").get(0);
    }

    private static Map<String, Object> complaint(Object nurseryId, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("nurseryId", nurseryId.toString());
        body.put("category", "HYGIENE_FOOD");
        body.put("description", "午餐经常有没煮熟的豆角，孩子吃了以后肚子疼。");
        body.put("incidentDate", LocalDate.now().minusDays(1).toString());
        if (phone != null) {
            body.put("contactPhone", phone);
        }
        return body;
    }

    @Test
    void theReceiptNamesTheNurseryCountyAndOfficeAndSaysTheDeadlinesInWords() {
        Map<String, Object> nursery = nursery();
        JsonPath receipt = given().auth().oauth2(Tokens.parent("p-" + UUID.randomUUID())).contentType("application/json")
                .body(complaint(nursery.get("id"), "+86 138-1234-5678")).post("/api/v1/complaints")
                .then().statusCode(201).extract().jsonPath();
        assertThat(receipt.getString("nurseryName")).isEqualTo(nursery.get("name"));
        assertThat(receipt.getString("county.name")).isEqualTo("东湖区");
        assertThat(receipt.getString("office.name")).isEqualTo("东湖区卫生健康委员会");
        assertThat(receipt.getString("office.hotline")).isEqualTo("12345");
        assertThat(receipt.getString("statusLabel")).isEqualTo("待受理");
        assertThat(receipt.getString("acceptDeadline")).matches("5 个工作日内受理（截止 (\\d{4}年)?\\d{1,2}月\\d{1,2}日 24:00.*）");
        assertThat(receipt.getString("resolveDeadline")).matches("15 个工作日内办结（截止 .+ 24:00.*）");
        assertThat(receipt.getString("acceptDueAt")).endsWith("+08:00");
        assertThat(PersonalData.open((String) Database.rows("select contact_phone_sealed from complaint where id = cast(? as uuid)",
                receipt.getString("id")).get(0).get("contact_phone_sealed"))).isEqualTo("13812345678");
    }

    @Test
    void aComplaintIsAboutANurseryOrAnUnlistedFacilityNotBoth() {
        Map<String, Object> body = complaint(nursery().get("id"), null);
        body.put("facilityName", "阳光宝贝托管班");
        given().auth().oauth2(Tokens.parent("p-" + UUID.randomUUID())).contentType("application/json").body(body)
                .post("/api/v1/complaints").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("facilityName"));
        given().auth().oauth2(Tokens.parent("p-" + UUID.randomUUID())).contentType("application/json")
                .body(complaint(nursery().get("id"), "1381234"))
                .post("/api/v1/complaints").then().statusCode(400).body("errors[0].field", equalTo("contactPhone"));
    }

    @Test
    void aResolutionIsRatedOnceAndAfterAReopeningTheNewOneAgain() {
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        String handler = Tokens.staff("HANDLER", "h-rate", "360102");
        String id = given().auth().oauth2(parent).contentType("application/json").body(complaint(nursery().get("id"), null))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        act(handler, id, Map.of("action", "ACCEPT", "text", "已受理"));
        act(handler, id, Map.of("action", "RESOLVE", "text", "已责令整改", "finding", "PARTLY_SUBSTANTIATED"));
        rate(parent, id, 2).then().statusCode(200).body("rating", equalTo(2)).body("findingLabel", equalTo("部分属实"));
        rate(parent, id, 5).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(parent).contentType("application/json").body(Map.of("text", "整改后问题依旧"))
                .post("/api/v1/complaints/{id}/reopening", id).then().statusCode(200).body("statusLabel", equalTo("办理中"));
        act(handler, id, Map.of("action", "RESOLVE", "text", "复查合格", "finding", "SUBSTANTIATED"));
        JsonPath view = rate(parent, id, 4).then().statusCode(200).body("rating", equalTo(4)).extract().jsonPath();
        assertThat(view.getList("history.actionLabel")).containsSubsequence("提交投诉", "受理", "办结", "评价", "申请重新处理", "办结", "评价");
        assertThat(view.getString("history[0].at")).endsWith("+08:00");
    }

    private static void act(String handler, String id, Map<String, Object> action) {
        Map<String, Object> body = new HashMap<>(action);
        body.put("version", given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version"));
        given().auth().oauth2(handler).contentType("application/json").body(body)
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);
    }

    private static io.restassured.response.Response rate(String parent, String id, int score) {
        return given().auth().oauth2(parent).contentType("application/json").body(Map.of("score", score))
                .post("/api/v1/complaints/{id}/rating", id);
    }
}
