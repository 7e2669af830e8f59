package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Notice;

import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in by SMS, refreshes, files a complaint with a phone number and has a handler reveal it, then reads the
 * service's own log file (the test profile writes one): none of the secrets or personal data involved may be
 * in it, nor anything shaped like a token or a mainland mobile number from any other test of the run.
 */
@QuarkusTest
class LogPrivacyTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z*])1[3-9][0-9]{9}(?![0-9A-Za-z])");

    @Test
    void noTokenCodeSecretOrFullPhoneNumberReachesTheLog() throws Exception {
        String phone = "136" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
        given().contentType("application/json").body(Map.of("phone", phone)).post("/api/v1/auth/sms/codes")
                .then().statusCode(202);
        String code = RecordingSmsSender.lastCode(phone);
        JsonPath session = given().contentType("application/json").body(Map.of("phone", phone, "code", code, "noticeVersion", Notice.CURRENT))
                .post("/api/v1/auth/sms/sign-in").then().statusCode(200).extract().jsonPath();
        JsonPath refreshed = Staff.refresh(session.getString("refreshToken")).then().statusCode(200).extract().jsonPath();
        String access = refreshed.getString("accessToken");

        String nursery = Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360104' order by n.id limit 1").get(0).get("id").toString();
        String contact = "135" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
        String complaint = given().auth().oauth2(access).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", "OTHER", "description", "接送时老师未核对接送人身份。",
                        "incidentDate", LocalDate.now().toString(), "contactPhone", contact))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        Staff.Created account = Staff.create(java.util.List.of("HANDLER"), java.util.List.of("360104"));
        String handlerToken = Staff.signIn(account.username(), account.password()).then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(handlerToken).contentType("application/json").body(Map.of("reasonCode", "VERIFY_FACTS", "reason", "需电话核实事发经过"))
                .post("/api/v1/admin/complaints/{id}/contact-reveal", complaint).then().statusCode(200);
        // A failed sign-in with a wrong password is logged; the password must not be.
        Staff.signIn(account.username(), "Wrong-" + account.password()).then().statusCode(401);

        assertThat(LOG).exists();
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        // The SMS send was logged, masked: the scan reads the lines that matter.
        assertThat(log).contains(phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone).doesNotContain(contact).doesNotContain(code)
                .doesNotContain(session.getString("accessToken")).doesNotContain(session.getString("refreshToken"))
                .doesNotContain(access).doesNotContain(refreshed.getString("refreshToken"))
                .doesNotContain(account.password()).doesNotContain(IdentityTestResource.SECRET);
        assertThat(JWT.matcher(log).find()).as("a JWT in the log").isFalse();
        assertThat(MOBILE.matcher(log).results().map(m -> m.group()).toList()).as("full mobile numbers in the log").isEmpty();
    }

    /**
     * Issue #21's fields and the console's requests: WeChat ids, a phone shared for a visit, the parent's copy of their
     * data, consent, key rotation and account deletion, and a console session (its cookies, CSRF token and the
     * complaint screens): none of their values, nor a sealed value or a blind index, reaches the log.
     */
    @Test
    void personalDataOfTheNewFeaturesAndTheConsolesRequestsStayOutOfTheLog() throws Exception {
        String openid = "o-" + java.util.UUID.randomUUID();
        String unionid = "u-" + java.util.UUID.randomUUID();
        String code = "code-" + java.util.UUID.randomUUID();
        IdentityTestResource.wechat().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", com.github.tomakehurst.wiremock.client.WireMock.equalTo(code))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/plain")
                        .withBody("{\"openid\":\"" + openid + "\",\"session_key\":\"sk-secret\",\"unionid\":\"" + unionid + "\"}")));
        // The WeChat stub must answer within the test profile's 1 s timeout; on an overloaded machine it may not (503).
        io.restassured.response.Response signedIn = null;
        for (int attempt = 0; attempt < 3 && (signedIn == null || signedIn.statusCode() == 503); attempt++) {
            signedIn = given().contentType("application/json").body(Map.of("code", code, "noticeVersion", Notice.CURRENT))
                    .post("/api/v1/auth/wechat");
        }
        JsonPath session = signedIn.then().statusCode(200).extract().jsonPath();
        String access = session.getString("accessToken");
        String phone = "136" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
        given().contentType("application/json").body(Map.of("phone", phone)).post("/api/v1/auth/sms/codes").then().statusCode(202);
        given().auth().oauth2(access).contentType("application/json")
                .body(Map.of("phone", phone, "code", RecordingSmsSender.lastCode(phone)))
                .post("/api/v1/auth/link/phone").then().statusCode(200);
        String contact = "135" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
        String nursery = Database.rows("select n.id::text as id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360104' order by n.id limit 1").get(0).get("id").toString();
        String complaint = given().auth().oauth2(access).contentType("application/json")
                .body(Map.of("nurseryId", nursery, "category", "SAFETY_INJURY", "sensitiveConsent", true,
                        "description", "孩子在户外活动时被松动的护栏划伤手臂。", "incidentDate", LocalDate.now().toString(),
                        "contactPhone", contact))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        String held = given().auth().oauth2(access).get("/api/v1/me/personal-data").then().statusCode(200).extract().asString();
        assertThat(held).contains(phone, openid, contact);
        given().auth().oauth2(access).contentType("application/json").body(Map.of("consent", false))
                .put("/api/v1/me/notification-consent").then().statusCode(200);
        given().auth().oauth2(com.tuoyu.directory.support.Tokens.admin()).post("/api/v1/admin/privacy/key-rotation")
                .then().statusCode(200);

        // The console: a session (refresh token and CSRF token in cookies), the complaint screens with the access token.
        Staff.Created handler = Staff.create(java.util.List.of("HANDLER"), java.util.List.of("360104"));
        com.tuoyu.directory.support.StaffSignIn.signIn(handler.username(), handler.password());    // enrols the second factor
        io.restassured.response.Response console = given().contentType("application/json")
                .body(Map.of("username", handler.username(), "password", handler.password(),
                        "code", com.tuoyu.directory.support.StaffSignIn.codeOf(handler.username())))
                .post("/api/v1/admin/auth/session");
        console.then().statusCode(200);
        String refreshCookie = console.getCookie("console_refresh");
        String csrf = console.getCookie("console_csrf");
        io.restassured.response.Response refreshed = given().cookie("console_refresh", refreshCookie).cookie("console_csrf", csrf)
                .header("X-CSRF-Token", csrf).post("/api/v1/admin/auth/session/refresh");
        refreshed.then().statusCode(200);
        String consoleAccess = refreshed.jsonPath().getString("accessToken");
        given().auth().oauth2(consoleAccess).get("/api/v1/admin/complaints").then().statusCode(200);
        given().auth().oauth2(consoleAccess).get("/api/v1/admin/complaints/{id}", complaint).then().statusCode(200);

        given().auth().oauth2(access).delete("/api/v1/me/account").then().statusCode(204);

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(openid).doesNotContain(unionid).doesNotContain("sk-secret").doesNotContain(phone)
                .doesNotContain(contact).doesNotContain(access).doesNotContain(session.getString("refreshToken"))
                .doesNotContain(refreshCookie).doesNotContain(csrf).doesNotContain(consoleAccess)
                .doesNotContain(handler.password()).doesNotContain("sm4gcm:")
                .doesNotContain(com.tuoyu.directory.support.PersonalData.index(phone))
                .doesNotContain(com.tuoyu.directory.support.PersonalData.index(openid));
        // Lines about the deletion and the rotation were written (the scan reads them), without the account id.
        assertThat(log).contains("A parent account was deleted").contains("Personal data re-sealed with key")
                .doesNotContain(session.getString("accountId"));
        assertThat(JWT.matcher(log).find()).as("a JWT in the log").isFalse();
        assertThat(MOBILE.matcher(log).results().map(m -> m.group()).toList()).as("full mobile numbers in the log").isEmpty();
    }
}
