package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Notice;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.PersonalData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class WeChatSignInTest {

    /** A fresh login code, as wx.login() would give, with WeChat's answer to it stubbed. */
    private static String codeAnswering(ResponseDefinitionBuilder answer) {
        String code = "code-" + UUID.randomUUID();
        IdentityTestResource.wechat().stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", equalTo(code))
                .willReturn(answer));
        return code;
    }

    /** WeChat answers JSON as text/plain. */
    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body);
    }

    private static Response signIn(String code) {
        return given().contentType("application/json").body(Map.of("code", code, "noticeVersion", Notice.CURRENT)).when().post("/api/v1/auth/wechat");
    }

    @Test
    void aParentSignsInWithALoginCodeAndGetsTheSameAccountNextTime() {
        String openid = "o-" + UUID.randomUUID();
        String unionid = "u-" + UUID.randomUUID();
        String sessionKey = "session-key-" + UUID.randomUUID();
        String answer = "{\"openid\":\"" + openid + "\",\"session_key\":\"" + sessionKey + "\",\"unionid\":\"" + unionid + "\"}";
        String code = codeAnswering(json(answer));

        Response first = signIn(code);
        first.then().statusCode(200).header("Cache-Control", "no-store").body(not(containsString(sessionKey)))
                .body(not(containsString(openid)));
        String accountId = first.path("accountId");
        assertThat(Staff.claims(first.path("accessToken")).getList("groups", String.class)).containsExactly("PARENT");
        assertThat(Staff.claims(first.path("accessToken")).getList("scope_divisions")).isEmpty();

        IdentityTestResource.wechat().verify(getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", equalTo(code))
                .withQueryParam("appid", equalTo(IdentityTestResource.APP_ID))
                .withQueryParam("secret", equalTo(IdentityTestResource.SECRET))
                .withQueryParam("grant_type", equalTo("authorization_code")));
        Map<String, Object> row = Database.rows("select kind, roles, wechat_openid_sealed, wechat_openid_index, "
                + "wechat_unionid_sealed, wechat_unionid_index from account where id = cast(? as uuid)", accountId).get(0);
        assertThat(row).containsEntry("kind", "PARENT").containsEntry("roles", "PARENT")
                .containsEntry("wechat_openid_index", PersonalData.index(openid))
                .containsEntry("wechat_unionid_index", PersonalData.index(unionid));
        assertThat(PersonalData.open((String) row.get("wechat_openid_sealed"))).isEqualTo(openid);
        assertThat(PersonalData.open((String) row.get("wechat_unionid_sealed"))).isEqualTo(unionid);
        assertThat(PersonalData.tablesContaining(openid, unionid, sessionKey)).isEmpty();

        String again = signIn(codeAnswering(json(answer))).then().statusCode(200).extract().path("accountId");
        assertThat(again).isEqualTo(accountId);

        given().auth().oauth2(first.<String>path("accessToken")).when().post("/api/v1/auth/sign-out").then().statusCode(204);
    }

    @Test
    void anOpenidSentByTheClientIsIgnored() {
        String openid = "o-" + UUID.randomUUID();
        given().contentType("application/json").body(Map.of("openid", openid))
                .when().post("/api/v1/auth/wechat")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(Database.count("select count(*) from account where wechat_openid_index = ?", PersonalData.index(openid))).isZero();
    }

    @Test
    void anInvalidCodeIsUnauthorized() {
        signIn(codeAnswering(json("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")))
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("detail", containsString("wx.login"));
    }

    @Test
    void weChatsRateLimitIsTooManyRequestsWithRetryAfter() {
        signIn(codeAnswering(json("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}")))
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", "60");
    }

    @Test
    void aHighRiskUserIsForbidden() {
        signIn(codeAnswering(json("{\"errcode\":40226,\"errmsg\":\"high risk user\"}")))
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void weChatBeingBusyOrBrokenIsServiceUnavailable() {
        signIn(codeAnswering(json("{\"errcode\":-1,\"errmsg\":\"system error\"}")))
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30");
        signIn(codeAnswering(aResponse().withStatus(502).withBody("Bad gateway")))
                .then().statusCode(503).contentType("application/problem+json");
        signIn(codeAnswering(json("<html>not json</html>")))
                .then().statusCode(503).contentType("application/problem+json");
        signIn(codeAnswering(json("{\"session_key\":\"x\"}")))
                .then().statusCode(503);
    }

    @Test
    void aSlowWeChatIsServiceUnavailableWithinTheTimeout() {
        long started = System.nanoTime();
        signIn(codeAnswering(json("{\"openid\":\"late\"}").withFixedDelay(3_000)))
                .then().statusCode(503).contentType("application/problem+json");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_900);
        assertThat(Database.count("select count(*) from account where wechat_openid_index = ?", PersonalData.index("late"))).isZero();
    }

    @Test
    void aMissingOrMalformedCodeIsAValidationProblemAndWeChatIsNotAsked() {
        int before = IdentityTestResource.wechat().getAllServeEvents().size();
        given().contentType("application/json").body("{}").when().post("/api/v1/auth/wechat")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("code"));
        signIn("has spaces & symbols").then().statusCode(400);
        assertThat(IdentityTestResource.wechat().getAllServeEvents()).hasSize(before);
    }
}
