package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Notice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The accounts the local run offers (README "Identity"): demo staff and the demo WeChat parent. */
@QuarkusTest
class LocalRunAccountsTest {

    @Test
    void theDemoHandlerActsForDonghuAndTheDemoSupervisorForNanchang() {
        JsonPath handler = Staff.signIn("demo-handler", IdentityTestResource.DEMO_PASSWORD).then().statusCode(200).extract().jsonPath();
        assertThat(handler.getList("roles", String.class)).containsExactly("HANDLER");
        assertThat(handler.getList("divisions", String.class)).containsExactly("360102");

        JsonPath supervisor = Staff.signIn("demo-supervisor", IdentityTestResource.DEMO_PASSWORD).then().statusCode(200).extract().jsonPath();
        assertThat(supervisor.getList("roles", String.class)).containsExactlyInAnyOrder("SUPERVISOR", "FILING_OFFICER");
        assertThat(Staff.claims(supervisor.getString("accessToken")).getList("scope_divisions", String.class)).containsExactly("360100");
    }

    @Test
    void theDemoAccountsSignInWithTheConfiguredAuthenticatorSecretAsTheLocalRunPrintsIt() {
        // The local run prints the secret (base32) beside the password; a newcomer's app computes the code from it.
        String code = com.tuoyu.directory.identity.Totp.code(IdentityTestResource.DEMO_TOTP_SECRET,
                com.tuoyu.directory.identity.Totp.step(java.time.Instant.now()));
        for (String username : java.util.List.of("demo-handler", "demo-handler-2", "demo-supervisor")) {
            Staff.passwordOnly(username, IdentityTestResource.DEMO_PASSWORD).then().statusCode(401);
            com.tuoyu.directory.support.StaffSignIn.attempt(username, IdentityTestResource.DEMO_PASSWORD, code).then().statusCode(200);
        }
        String adminCode = com.tuoyu.directory.identity.Totp.code(IdentityTestResource.BOOTSTRAP_TOTP_SECRET,
                com.tuoyu.directory.identity.Totp.step(java.time.Instant.now()));
        com.tuoyu.directory.support.StaffSignIn.attempt(IdentityTestResource.BOOTSTRAP_USERNAME,
                IdentityTestResource.BOOTSTRAP_PASSWORD, adminCode).then().statusCode(200);
    }

    @Test
    void theDemoWeChatCodeSignsInTheDemoParentWithoutAskingWeChat() {
        int before = IdentityTestResource.wechat().getAllServeEvents().size();
        String first = given().contentType("application/json").body(Map.of("code", IdentityTestResource.DEMO_WECHAT_CODE, "noticeVersion", Notice.CURRENT))
                .when().post("/api/v1/auth/wechat").then().statusCode(200).extract().path("accountId");
        String second = given().contentType("application/json").body(Map.of("code", IdentityTestResource.DEMO_WECHAT_CODE, "noticeVersion", Notice.CURRENT))
                .when().post("/api/v1/auth/wechat").then().statusCode(200).extract().path("accountId");
        assertThat(second).isEqualTo(first);
        assertThat(IdentityTestResource.wechat().getAllServeEvents()).hasSize(before);
    }
}
