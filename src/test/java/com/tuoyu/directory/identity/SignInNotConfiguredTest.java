package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Notice;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;

/** A sign-in the service is not set up for says so, and does not invite a retry that cannot help. */
@QuarkusTest
@TestProfile(SignInNotConfiguredTest.WithoutWeChat.class)
class SignInNotConfiguredTest {

    public static class WithoutWeChat implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nursery.identity.wechat.app-id", "", "nursery.identity.wechat.secret", "");
        }
    }

    @Test
    void weChatSignInWithoutAnAppIdIsNotConfiguredAndHasNoRetryAfter() {
        given().contentType("application/json").body(Map.of("code", "any-login-code", "noticeVersion", Notice.CURRENT))
                .post("/api/v1/auth/wechat")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("type", endsWith("/not-configured"))
                .body("detail", containsString("尚未配置"));
        given().header("Accept-Language", "en").contentType("application/json").body(Map.of("code", "any-login-code", "noticeVersion", Notice.CURRENT))
                .post("/api/v1/auth/wechat")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Not set up on this service"))
                .body("detail", startsWith("WeChat sign-in is not configured"));
    }
}
