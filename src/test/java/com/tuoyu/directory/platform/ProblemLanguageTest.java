package com.tuoyu.directory.platform;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of problem the default profile can produce over HTTP, asked once without Accept-Language (Chinese) and
 * once with {@code Accept-Language: en}: the title, the detail and every field message are in that one language.
 * 429 is produced here too; 501 and 503 need other profiles and are checked in PlaceSearchNotConfiguredTest,
 * SignInNotConfiguredTest and OverloadTest; ProblemTextsTest covers every ProblemType through the mapper.
 */
@QuarkusTest
class ProblemLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private enum Lang { ZH, EN }

    /** Sends the request both ways and checks each answer's status and language. */
    private static void bothLanguages(int status, Function<RequestSpecification, Response> request) {
        for (Lang lang : Lang.values()) {
            RequestSpecification spec = given();
            if (lang == Lang.EN) {
                spec = spec.header("Accept-Language", "en");
            }
            Response answer = request.apply(spec);
            answer.then().statusCode(status).contentType("application/problem+json");
            String title = answer.path("title");
            String detail = answer.path("detail");
            List<String> messages = answer.path("errors.message");
            List<String> texts = new java.util.ArrayList<>(List.of(title, detail));
            if (messages != null) {
                texts.addAll(messages);
            }
            for (String text : texts) {
                if (lang == Lang.EN) {
                    assertThat(HAN.matcher(text).find()).as("English answer %d has no Chinese: %s", status, text).isFalse();
                } else {
                    assertThat(HAN.matcher(text).find()).as("Chinese answer %d is in Chinese: %s", status, text).isTrue();
                }
            }
        }
    }

    private static Map<String, Object> complaint(Object nurseryId, LocalDate incidentDate, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("nurseryId", nurseryId.toString());
        body.put("category", "HYGIENE_FOOD");
        body.put("description", description);
        body.put("incidentDate", incidentDate.toString());
        return body;
    }

    private static Object listedNursery() {
        return Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' "
                + "order by n.id limit 1").get(0).get("id");
    }

    @Test
    void beanValidationMessagesOfOneAnswerAreInOneLanguage() {
        // Before: "description: 个数必须在10和2000之间" next to "incidentDate: must not be in the future".
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        bothLanguages(400, spec -> spec.auth().oauth2(parent).contentType("application/json")
                .body(complaint(listedNursery(), LocalDate.now().plusDays(3), "短"))
                .post("/api/v1/complaints"));
        Response en = given().header("Accept-Language", "en-GB,en;q=0.9").auth().oauth2(parent).contentType("application/json")
                .body(complaint(listedNursery(), LocalDate.now().plusDays(3), "短")).post("/api/v1/complaints");
        assertThat(en.jsonPath().getList("errors.field", String.class)).contains("description", "incidentDate");
        assertThat(en.<String>path("detail")).contains("must not be in the future");
        Response zh = given().auth().oauth2(parent).contentType("application/json")
                .body(complaint(listedNursery(), LocalDate.now().plusDays(3), "短")).post("/api/v1/complaints");
        assertThat(zh.<String>path("detail")).contains("不能晚于今天");
        assertThat(zh.<String>path("title")).isEqualTo("请求无效");
        // Headers that mix languages: the title and every message follow the same choice (Language.of).
        Map<String, Boolean> chinese = Map.of("zh,en;q=0.8", true, "zh-CN,zh;q=0.9,en;q=0.8", true,
                "zh-TW,en;q=0.5", false, "fr,en;q=0.5", false, "ja", true);
        chinese.forEach((header, expected) -> {
            Response answer = given().header("Accept-Language", header).auth().oauth2(parent).contentType("application/json")
                    .body(complaint(listedNursery(), LocalDate.now().plusDays(3), "短")).post("/api/v1/complaints");
            List<String> texts = new java.util.ArrayList<>(answer.jsonPath().getList("errors.message", String.class));
            texts.add(answer.path("title"));
            assertThat(texts).as(header).allSatisfy(text ->
                    assertThat(HAN.matcher(text).find()).as("%s: %s", header, text).isEqualTo(expected));
        });
    }

    @Test
    void parameterMalformedBodyUnauthenticatedAndForbiddenProblems() {
        bothLanguages(400, spec -> spec.queryParam("parent", "36-01").get("/api/v1/divisions"));
        bothLanguages(400, spec -> spec.contentType("application/json").body("{\"username\": ").post("/api/v1/admin/auth/sign-in"));
        bothLanguages(401, spec -> spec.get("/api/v1/complaints"));
        bothLanguages(403, spec -> spec.auth().oauth2(Tokens.parent("p-" + UUID.randomUUID())).get("/api/v1/admin/accounts"));
    }

    @Test
    void notFoundMethodNotAllowedNotAcceptableAndUnsupportedMediaType() {
        bothLanguages(404, spec -> spec.get("/api/v1/no-such-thing"));
        bothLanguages(404, spec -> spec.queryParam("parent", "999999").get("/api/v1/divisions"));
        bothLanguages(405, spec -> spec.contentType("application/json").body("{}").delete("/api/v1/divisions"));
        // The mobile contract declares no 406, so a path outside it (the staff API) shows this one.
        bothLanguages(406, spec -> spec.auth().oauth2(Tokens.admin()).accept("application/xml").get("/api/v1/admin/accounts"));
        bothLanguages(415, spec -> spec.auth().oauth2(Tokens.parent("p-" + UUID.randomUUID()))
                .contentType("text/plain").body("你好").post("/api/v1/complaints"));
    }

    @Test
    void conflictUnprocessableTooLargeAndTooManyRequests() {
        String admin = UUID.randomUUID().toString();
        bothLanguages(409, spec -> spec.auth().oauth2(Tokens.staff("ADMIN", admin, "360000"))
                .post("/api/v1/admin/accounts/{id}/disable", admin));
        Object unlisted = Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status <> 'FILED' order by n.id limit 1").get(0).get("id");
        bothLanguages(422, spec -> spec.auth().oauth2(Tokens.parent("p-" + UUID.randomUUID())).contentType("application/json")
                .body(complaint(unlisted, LocalDate.now().minusDays(1), "午餐未按公示菜谱提供，孩子回家后说没有吃饱。"))
                .post("/api/v1/complaints"));
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        bothLanguages(413, spec -> spec.auth().oauth2(Tokens.parent("p-" + UUID.randomUUID()))
                .multiPart("complaint", complaint(listedNursery(), LocalDate.now().minusDays(1),
                        "午餐未按公示菜谱提供，孩子回家后说没有吃饱。"), "application/json")
                .multiPart("photos", "big.jpg", huge, "image/jpeg")
                .post("/api/v1/complaints"));
        // The resend interval of SMS codes: the second request for the same phone is refused with 429.
        String phone = "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
        given().contentType("application/json").body(Map.of("phone", phone)).post("/api/v1/auth/sms/codes")
                .then().statusCode(202);
        bothLanguages(429, spec -> spec.contentType("application/json").body(Map.of("phone", phone))
                .post("/api/v1/auth/sms/codes"));
    }
}
