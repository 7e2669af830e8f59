package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Notice;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ParentAccountLinkTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String newPhone() {
        return "137" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private static String wechatCodeFor(String openid) {
        String code = "code-" + UUID.randomUUID();
        IdentityTestResource.wechat().stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", com.github.tomakehurst.wiremock.client.WireMock.equalTo(code))
                .willReturn(aResponse().withStatus(200).withBody("{\"openid\":\"" + openid + "\",\"session_key\":\"k\"}")));
        return code;
    }

    private static Response wechatSignIn(String openid) {
        return given().contentType("application/json").body(Map.of("code", wechatCodeFor(openid), "noticeVersion", Notice.CURRENT)).when().post("/api/v1/auth/wechat");
    }

    private static String smsCode(String phone) {
        given().contentType("application/json").body(Map.of("phone", phone)).when().post("/api/v1/auth/sms/codes")
                .then().statusCode(202);
        return RecordingSmsSender.lastCode(phone);
    }

    private static Response smsSignIn(String phone) {
        return given().contentType("application/json").body(Map.of("phone", phone, "code", smsCode(phone), "noticeVersion", Notice.CURRENT))
                .when().post("/api/v1/auth/sms/sign-in");
    }

    @Test
    void aWeChatParentLinksTheirPhoneAndThenReachesTheSameAccountBySms() {
        String openid = "o-" + UUID.randomUUID();
        String phone = newPhone();
        Response wechat = wechatSignIn(openid);
        String accountId = wechat.then().statusCode(200).extract().path("accountId");

        given().auth().oauth2(wechat.<String>path("accessToken")).contentType("application/json")
                .body(Map.of("phone", phone, "code", smsCode(phone), "noticeVersion", Notice.CURRENT))
                .when().post("/api/v1/auth/link/phone")
                .then().statusCode(200).body("accountId", equalTo(accountId))
                .body("phone", equalTo(PhoneNumbers.mask(phone))).body("wechatLinked", equalTo(true));

        Database.rows("delete from rate_limit where key = ? returning key", "sms:phone:interval:" + PersonalData.index(phone));
        assertThat(smsSignIn(phone).then().statusCode(200).extract().<String>path("accountId")).isEqualTo(accountId);
    }

    @Test
    void anSmsParentLinksWeChat() {
        String phone = newPhone();
        String openid = "o-" + UUID.randomUUID();
        Response sms = smsSignIn(phone);
        String accountId = sms.then().statusCode(200).extract().path("accountId");

        given().auth().oauth2(sms.<String>path("accessToken")).contentType("application/json")
                .body(Map.of("code", wechatCodeFor(openid), "noticeVersion", Notice.CURRENT))
                .when().post("/api/v1/auth/link/wechat")
                .then().statusCode(200).body("wechatLinked", equalTo(true));

        assertThat(wechatSignIn(openid).then().statusCode(200).extract().<String>path("accountId")).isEqualTo(accountId);
        given().auth().oauth2(sms.<String>path("accessToken")).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("kind", equalTo("PARENT")).body("phone", equalTo(PhoneNumbers.mask(phone)));
    }

    @Test
    void aPhoneOfAnotherAccountIsAConflict() {
        String phone = newPhone();
        smsSignIn(phone).then().statusCode(200);
        Database.rows("delete from rate_limit where key = ? returning key", "sms:phone:interval:" + PersonalData.index(phone));
        Response other = wechatSignIn("o-" + UUID.randomUUID());

        given().auth().oauth2(other.<String>path("accessToken")).contentType("application/json")
                .body(Map.of("phone", phone, "code", smsCode(phone), "noticeVersion", Notice.CURRENT))
                .when().post("/api/v1/auth/link/phone")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(Database.count("select count(*) from account where phone_index = ?", PersonalData.index(phone))).isEqualTo(1);
    }

    @Test
    void staffCannotLinkParentIdentities() {
        given().auth().oauth2(Staff.adminToken()).contentType("application/json").body(Map.of("code", "abc"))
                .when().post("/api/v1/auth/link/wechat")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
