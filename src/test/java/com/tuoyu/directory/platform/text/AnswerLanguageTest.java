package com.tuoyu.directory.platform.text;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One answer, one language: the labels, warnings, hints, deadlines and summaries a parent or handler reads are Chinese
 * by default and English with Accept-Language: en, with nothing of the other language left over; codes stay codes.
 */
@QuarkusTest
class AnswerLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static String nurseryId() {
        return Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360102' order by n.id limit 1").get(0).get("id").toString();
    }

    @Test
    void searchCardsFacetsAndHintsFollowTheRequestsLanguage() {
        Response zh = given().queryParam("division", "360100").queryParam("size", 50).get("/api/v1/nurseries");
        Response en = given().header("Accept-Language", "en").queryParam("division", "360100").queryParam("size", 50)
                .get("/api/v1/nurseries");
        zh.then().statusCode(200).header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"));
        en.then().statusCode(200);

        List<String> zhTexts = labels(zh.jsonPath(), "items.warnings.flatten().label");
        List<String> enTexts = labels(en.jsonPath(), "items.warnings.flatten().label");
        assertThat(zhTexts).isNotEmpty().allSatisfy(t -> assertThat(HAN.matcher(t).find()).as(t).isTrue());
        assertThat(enTexts).hasSameSizeAs(zhTexts).allSatisfy(t -> assertThat(HAN.matcher(t).find()).as(t).isFalse());

        assertThat(labels(en.jsonPath(), "items.fee.findAll { it != null }.label"))
                .isNotEmpty().allSatisfy(t -> assertThat(t).contains("yuan/").doesNotContain("元"));
        assertThat(labels(en.jsonPath(), "items.fee.findAll { it != null }.ageGroup.label"))
                .allSatisfy(t -> assertThat(t).endsWith("class"));

        Map<String, Map<String, String>> zhFacets = zh.jsonPath().getMap("facets.labels");
        Map<String, Map<String, String>> enFacets = en.jsonPath().getMap("facets.labels");
        assertThat(zhFacets.get("careType")).containsEntry("FULL_DAY", "全日托");
        assertThat(enFacets.get("careType")).containsEntry("FULL_DAY", "Full-day care");
        assertThat(zhFacets.get("division")).containsEntry("360102", "东湖区");
        Map<String, Long> counted = zh.jsonPath().getMap("facets.operatingModel");
        assertThat(zhFacets.get("operatingModel")).as("every counted code has its label").containsOnlyKeys(counted.keySet());

        given().header("Accept-Language", "en").queryParam("ageMonths", 3).get("/api/v1/nurseries").then().statusCode(200)
                .body("hint.message", org.hamcrest.Matchers.startsWith("No class takes a child of 3 months"));
    }

    @Test
    void aNurseryPageIsWordedInOneLanguageAndTaggedPerLanguage() {
        String id = nurseryId();
        Response zh = given().get("/api/v1/nurseries/{id}", id);
        Response en = given().header("Accept-Language", "en-GB,en;q=0.9").get("/api/v1/nurseries/{id}", id);
        zh.then().statusCode(200);
        en.then().statusCode(200);
        assertThat(zh.header("ETag")).as("a shared cache must not give the Chinese page to an English reader")
                .isNotEqualTo(en.header("ETag"));
        assertThat(zh.header("Vary")).contains("Accept-Language");
        List<String> enTerms = labels(en.jsonPath(), "timeline.entries.kind.label");
        enTerms.addAll(labels(en.jsonPath(), "timeline.entries.summary"));
        enTerms.add(en.jsonPath().getString("registrationType.label"));
        enTerms.add(en.jsonPath().getString("operatingModel.label"));
        assertThat(enTerms).isNotEmpty().allSatisfy(t -> assertThat(HAN.matcher(t).find()).as(t).isFalse());
        assertThat(labels(zh.jsonPath(), "timeline.entries.kind.label"))
                .allSatisfy(t -> assertThat(HAN.matcher(t).find()).as(t).isTrue());
    }

    @Test
    void aParentReadsTheirComplaintInEnglishWhenTheyAskForIt() {
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        Map<String, Object> body = Map.of("nurseryId", nurseryId(), "category", "HYGIENE_FOOD",
                "description", "午餐经常有没煮熟的豆角，孩子吃了以后肚子疼。", "incidentDate", LocalDate.now().minusDays(1).toString());
        JsonPath receipt = given().auth().oauth2(parent).header("Accept-Language", "en").contentType("application/json")
                .body(body).post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        assertThat(receipt.getString("statusLabel")).isEqualTo("Awaiting acceptance");
        assertThat(receipt.getString("acceptDeadline"))
                .matches("To be accepted within 5 working days \\(by \\d{1,2} [A-Z][a-z]{2}( \\d{4})? 24:00.*\\)");
        assertThat(receipt.getString("resolveDeadline")).startsWith("To be resolved within 15 working days (by ");

        String id = receipt.getString("id");
        JsonPath en = given().auth().oauth2(parent).header("Accept-Language", "en").get("/api/v1/complaints/{id}", id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(en.getString("categoryLabel")).isEqualTo("Hygiene and food");
        assertThat(en.getString("history[0].actionLabel")).isEqualTo("Complaint submitted");
        JsonPath zh = given().auth().oauth2(parent).get("/api/v1/complaints/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(zh.getString("categoryLabel")).isEqualTo("卫生与饮食");
        assertThat(zh.getString("history[0].actionLabel")).isEqualTo("提交投诉");
        assertThat(zh.getString("acceptDeadline")).startsWith("5 个工作日内受理（截止 ");

        JsonPath queue = given().auth().oauth2(Tokens.staff("HANDLER", "h-lang", "360102")).header("Accept-Language", "en")
                .get("/api/v1/admin/complaints/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(queue.getString("status.label")).isEqualTo("Awaiting acceptance");
    }

    private static List<String> labels(JsonPath json, String path) {
        List<Object> values = json.getList(path);
        return values == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(values.stream()
                .filter(java.util.Objects::nonNull).map(Object::toString).toList());
    }
}
