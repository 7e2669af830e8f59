package com.tuoyu.directory.privacy;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Notice;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue #21 point 2: the versioned privacy notice in both languages, the version accepted at sign-in, and the
 * separate consent a complaint about a child's health or injury needs.
 */
@QuarkusTest
class ConsentTest {

    @Test
    void theNoticeIsServedInChineseAndEnglishWithItsVersion() {
        String zh = given().get("/api/v1/privacy/notice").then().statusCode(200)
                .body("version", equalTo(Notice.CURRENT)).body("current", equalTo(true))
                .body("title", equalTo("托育机构公共服务平台隐私政策")).body("sections[1]", containsString("手机号码"))
                .extract().asString();
        assertThat(zh).doesNotContain("Privacy notice");
        given().header("Accept-Language", "en").get("/api/v1/privacy/notice").then().statusCode(200)
                .body("title", equalTo("Privacy notice of the public nursery directory"))
                .body("sections", hasItem(containsString("withdraw consent to notifications")));
        given().get("/api/v1/privacy/notice/{v}", Notice.CURRENT).then().statusCode(200).body("version", equalTo(Notice.CURRENT));
        given().get("/api/v1/privacy/notice/{v}", "1999-01-01").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSignInWithoutTheCurrentNoticeIsRefusedAndSpendsNothing() {
        String phone = PrivacyFixtures.randomPhone();
        String code = PrivacyFixtures.smsCode(phone);
        given().contentType("application/json").body(Map.of("phone", phone, "code", code))
                .post("/api/v1/auth/sms/sign-in").then().statusCode(428).contentType("application/problem+json")
                .body("type", containsString("privacy-notice-not-accepted")).body("detail", containsString(Notice.CURRENT));
        given().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("phone", phone, "code", code, "noticeVersion", "2020-01-01"))
                .post("/api/v1/auth/sms/sign-in").then().statusCode(428)
                .body("detail", containsString("GET /api/v1/privacy/notice"));
        // The code was not spent: with the current version it signs in, and the account records the acceptance.
        String accountId = given().contentType("application/json").body(Map.of("phone", phone, "code", code, "noticeVersion", Notice.CURRENT))
                .post("/api/v1/auth/sms/sign-in").then().statusCode(200).extract().path("accountId");
        Map<String, Object> account = Database.rows("select notice_version, notice_accepted_at from account where id = cast(? as uuid)",
                accountId).get(0);
        assertThat(account).containsEntry("notice_version", Notice.CURRENT);
        assertThat(account.get("notice_accepted_at")).isNotNull();

        String openid = "o-" + UUID.randomUUID();
        given().contentType("application/json").body(Map.of("code", PrivacyFixtures.weChatCode(openid, "u-" + UUID.randomUUID())))
                .post("/api/v1/auth/wechat").then().statusCode(428).contentType("application/problem+json");
        assertThat(Database.count("select count(*) from account where wechat_openid_index = ?",
                com.tuoyu.directory.support.PersonalData.index(openid))).isZero();
    }

    @Test
    void aComplaintAboutAChildsHealthOrInjuryNeedsSeparateConsentWhichIsRecorded() {
        PrivacyFixtures.Parent parent = PrivacyFixtures.bySms(PrivacyFixtures.randomPhone());
        Map<String, Object> body = new HashMap<>(Map.of("nurseryId", PrivacyFixtures.listedNursery(), "category", "SAFETY_INJURY",
                "description", "孩子在滑梯上摔下，额头缝了三针，园方当天未告知。", "incidentDate", LocalDate.now().toString()));
        long before = Database.count("select count(*) from complaint");
        parent.api().body(body).post("/api/v1/complaints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sensitiveConsent")).body("errors.message", hasItem(containsString("单独同意")));
        body.put("sensitiveConsent", false);
        parent.api().header("Accept-Language", "en").body(body).post("/api/v1/complaints").then().statusCode(400)
                .body("errors.field", hasItem("sensitiveConsent")).body("errors.message", hasItem(containsString("separate consent")));
        assertThat(Database.count("select count(*) from complaint")).isEqualTo(before);

        body.put("sensitiveConsent", true);
        String id = parent.api().body(body).post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        assertThat(Database.rows("select sensitive_consent_at from complaint where id = cast(? as uuid)", id).get(0)
                .get("sensitive_consent_at")).isNotNull();
        parent.api().get("/api/v1/me/personal-data").then().statusCode(200)
                .body("complaints[0].sensitiveConsentAt", containsString("+08:00"));

        // A complaint about fees carries no such information: no consent asked, none recorded.
        body.put("category", "FEES_REFUNDS");
        body.remove("sensitiveConsent");
        String fees = parent.api().body(body).post("/api/v1/complaints").then().statusCode(201)
                .body(not(containsString("sensitiveConsent"))).extract().path("id");
        assertThat(Database.rows("select sensitive_consent_at from complaint where id = cast(? as uuid)", fees).get(0)
                .get("sensitive_consent_at")).isNull();
    }
}
