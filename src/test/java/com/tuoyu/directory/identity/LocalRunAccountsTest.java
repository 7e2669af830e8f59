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
