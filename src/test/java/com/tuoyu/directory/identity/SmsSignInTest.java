package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Notice;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SmsSignInTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String newPhone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private static Response requestCode(String phone) {
        return given().contentType("application/json").body(Map.of("phone", phone)).when().post("/api/v1/auth/sms/codes");
    }

    private static Response signIn(String phone, String code) {
        return given().contentType("application/json").body(Map.of("phone", phone, "code", code, "noticeVersion", Notice.CURRENT))
                .when().post("/api/v1/auth/sms/sign-in");
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void aParentSignsInWithTheCodeSentByTextAndKeepsTheirAccount() {
        String phone = newPhone();
        requestCode(phone).then().statusCode(202)
                .body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("expiresIn", equalTo(300)).body("resendAfter", equalTo(60));
        String code = RecordingSmsSender.lastCode(phone);
        assertThat(code).matches("[0-9]{6}");
        assertThat(Database.count("select count(*) from sms_code where phone_index = ? and code_hash <> ? and length(code_hash) = 64",
                PersonalData.index(phone), code)).isEqualTo(1);

        Response session = signIn(phone, code);
        session.then().statusCode(200).header("Cache-Control", "no-store");
        assertThat(Staff.claims(session.path("accessToken")).getList("groups", String.class)).containsExactly("PARENT");
        String accountId = session.path("accountId");
        Map<String, Object> row = Database.rows("select kind, phone_sealed, phone_index from account where id = cast(? as uuid)", accountId).get(0);
        assertThat(row).containsEntry("kind", "PARENT").containsEntry("phone_index", PersonalData.index(phone));
        assertThat((String) row.get("phone_sealed")).startsWith("sm4gcm:dev-2:").doesNotContain(phone);
        assertThat(PersonalData.open((String) row.get("phone_sealed"))).isEqualTo(phone);

        // The code is spent; a new code (after the resend interval) signs in to the same account.
        signIn(phone, code).then().statusCode(401);
        Database.rows("delete from rate_limit where key = ? returning key", "sms:phone:interval:" + PersonalData.index(phone));
        requestCode(phone).then().statusCode(202);
        String again = signIn(phone, RecordingSmsSender.lastCode(phone)).then().statusCode(200).extract().path("accountId");
        assertThat(again).isEqualTo(accountId);
    }

    @Test
    void fiveWrongCodesVoidTheCode() {
        String phone = newPhone();
        requestCode(phone).then().statusCode(202);
        String code = RecordingSmsSender.lastCode(phone);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(phone, wrong(code)).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
        signIn(phone, code).then().statusCode(401).body("detail", containsString("请重新获取"));
        assertThat(Database.count("select count(*) from account where phone_index = ?", PersonalData.index(phone))).isZero();
    }

    @Test
    void anExpiredCodeIsRefused() {
        String phone = newPhone();
        requestCode(phone).then().statusCode(202);
        Database.rows("update sms_code set expires_at = now() - interval '1 second' where phone_index = ? returning id", PersonalData.index(phone));
        signIn(phone, RecordingSmsSender.lastCode(phone)).then().statusCode(401);
    }

    @Test
    void aSignInWithoutAnyCodeIsUnauthorized() {
        signIn(newPhone(), "123456").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aSecondCodeWithinAMinuteIsTooManyRequestsWithRetryAfter() {
        String phone = newPhone();
        requestCode(phone).then().statusCode(202);
        String first = RecordingSmsSender.lastCode(phone);
        Response again = requestCode(phone);
        again.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(again.header("Retry-After"))).isBetween(55, 60);
        assertThat(RecordingSmsSender.lastCode(phone)).isEqualTo(first);
        assertThat(Database.count("select count(*) from sms_code where phone_index = ?", PersonalData.index(phone))).isEqualTo(1);
    }

    @Test
    void theTenthCodeOfTheDayIsTheLast() {
        String phone = newPhone();
        requestCode(phone).then().statusCode(202);
        Database.rows("update rate_limit set hits = 10 where key = ? returning key", "sms:phone:day:" + PersonalData.index(phone));
        Database.rows("delete from rate_limit where key = ? returning key", "sms:phone:interval:" + PersonalData.index(phone));
        Response limited = requestCode(phone);
        limited.then().statusCode(429).body("detail", containsString("今天"));
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(86_000, 86_400);
    }

    @Test
    void oneClientAddressCannotRequestCodesWithoutLimit() {
        String key = "sms:ip:127.0.0.1";
        Database.rows("insert into rate_limit (key, window_start, hits) values (?, now(), 50) "
                + "on conflict (key) do update set window_start = now(), hits = 50 returning key", key);
        try {
            Response limited = requestCode(newPhone());
            limited.then().statusCode(429).contentType("application/problem+json");
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(3_500, 3_600);
        } finally {
            Database.rows("delete from rate_limit where key = ? returning key", key);
        }
    }

    @Test
    void anSmsOutageIsServiceUnavailableAndCostsTheParentNothing() {
        String phone = newPhone();
        RecordingSmsSender.failing(true);
        try {
            requestCode(phone).then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30");
        } finally {
            RecordingSmsSender.failing(false);
        }
        assertThat(Database.count("select count(*) from sms_code where phone_index = ?", PersonalData.index(phone))).isZero();
        requestCode(phone).then().statusCode(202);
    }

    @Test
    void malformedPhonesAndCodesAreValidationProblems() {
        requestCode("12812341234").then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("phone"));
        requestCode("1381234123").then().statusCode(400);
        signIn("13812341234", "12345").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().contentType("application/json").body("{}").when().post("/api/v1/auth/sms/codes").then().statusCode(400);
    }
}
