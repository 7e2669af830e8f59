package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.StaffSignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The console's session: the refresh token only in an HttpOnly cookie, refreshed with a CSRF header, ended by sign-out. */
@QuarkusTest
class ConsoleSessionTest {

    /** Both factors when the account's authenticator secret is known, else the password alone. */
    private static Response start(String username, String password) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", password));
        if (StaffSignIn.secretOf(username) != null) {
            body.put("code", StaffSignIn.codeOf(username));
        }
        return given().contentType("application/json").body(body).post("/api/v1/admin/auth/session");
    }

    private static Response refresh(String refreshCookie, String csrfCookie, String csrfHeader) {
        var request = given();
        if (refreshCookie != null) {
            request.cookie("console_refresh", refreshCookie);
        }
        if (csrfCookie != null) {
            request.cookie("console_csrf", csrfCookie);
        }
        if (csrfHeader != null) {
            request.header("X-CSRF-Token", csrfHeader);
        }
        return request.post("/api/v1/admin/auth/session/refresh");
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name));
    }

    @Test
    void theRefreshTokenTravelsOnlyInAStrictHttpOnlyCookieOfTheSessionPath() {
        Response started = start("demo-handler", IdentityTestResource.DEMO_PASSWORD);
        started.then().statusCode(200).header("Cache-Control", "no-store")
                .body("account.username", equalTo("demo-handler"))
                .body("account.roles[0].label", equalTo("投诉处理人员"))
                .body("account.divisions[0].name", equalTo("东湖区"))
                .body("account.divisions[0].fullName", equalTo("江西省南昌市东湖区"));
        assertThat(started.jsonPath().getString("accessToken")).isNotBlank();
        assertThat(started.jsonPath().getMap("$")).doesNotContainKey("refreshToken");
        String refresh = setCookie(started, "console_refresh");
        assertThat(refresh).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Strict").contains("Path=/api/v1/admin/auth/session");
        String csrf = setCookie(started, "console_csrf");
        assertThat(csrf).doesNotContainIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void refreshNeedsTheCsrfHeaderRotatesAndSignOutEndsIt() {
        Response started = start("demo-handler", IdentityTestResource.DEMO_PASSWORD);
        String refresh = started.getCookie("console_refresh");
        String csrf = started.getCookie("console_csrf");

        refresh(refresh, csrf, null).then().statusCode(403).contentType("application/problem+json");
        refresh(refresh, csrf, "forged").then().statusCode(403);
        Response refreshed = refresh(refresh, csrf, csrf);
        refreshed.then().statusCode(200).body("account.username", equalTo("demo-handler"));
        String rotated = refreshed.getCookie("console_refresh");
        String rotatedCsrf = refreshed.getCookie("console_csrf");
        assertThat(rotated).isNotEqualTo(refresh);
        given().auth().oauth2(refreshed.jsonPath().getString("accessToken")).get("/api/v1/admin/complaints")
                .then().statusCode(200);

        given().cookie("console_refresh", rotated).cookie("console_csrf", rotatedCsrf).header("X-CSRF-Token", rotatedCsrf)
                .delete("/api/v1/admin/auth/session").then().statusCode(204);
        refresh(rotated, rotatedCsrf, rotatedCsrf).then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("登录已过期或已退出，请重新登录。"));
    }

    @Test
    void withoutACookieTheConsoleIsToldToSignIn() {
        refresh(null, "x", "x").then().statusCode(401).body("detail", equalTo("登录已过期或已退出，请重新登录。"));
        Staff.Created account = Staff.create(List.of("HANDLER"), List.of("360102"));
        start(account.username(), "wrong").then().statusCode(401).contentType("application/problem+json");
        StaffSignIn.signIn(account.username(), account.password());
        start(account.username(), account.password()).then().statusCode(200).body("account.displayName", equalTo("测试账号"));
        assertThat(List.of(start("nobody", "x").statusCode())).containsExactly(401);
    }
}
