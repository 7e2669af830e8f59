package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.StaffSignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every staff account signs in with two factors (issue #21 point 5): the password, then a TOTP code from an
 * authenticator app or a single-use recovery code; the app is enrolled at the first sign-in and no role skips it.
 */
@QuarkusTest
class StaffSecondFactorTest {

    private static Response enrolStart(String username, String password) {
        return given().contentType("application/json").body(Map.of("username", username, "password", password))
                .post("/api/v1/admin/auth/enrolment");
    }

    private static Response enrolConfirm(String username, String password, String code) {
        return given().contentType("application/json").body(Map.of("username", username, "password", password, "code", code))
                .post("/api/v1/admin/auth/enrolment/confirm");
    }

    @Test
    void theFirstSignInEnrolsAnAuthenticatorAppThenEverySignInNeedsItsCode() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        // The right password alone: enrol first.
        Staff.passwordOnly(handler.username(), handler.password()).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/second-factor-enrolment-required")).body("title", equalTo("需要绑定身份验证器"));
        // A wrong password gets no secret.
        enrolStart(handler.username(), "Wrong-password-123").then().statusCode(401);

        JsonPath enrolment = enrolStart(handler.username(), handler.password()).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
        String secret = enrolment.getString("secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolment.getString("otpauthUri")).startsWith("otpauth://totp/").contains("secret=" + secret)
                .contains(":" + handler.username()).endsWith("&algorithm=SHA1&digits=6&period=30");
        assertThat(enrolment.getInt("digits")).isEqualTo(6);
        assertThat(enrolment.getInt("period")).isEqualTo(30);
        // Not enrolled until a code confirms it: the password alone still asks for the enrolment.
        Staff.passwordOnly(handler.username(), handler.password()).then().statusCode(401)
                .body("type", endsWith("/second-factor-enrolment-required"));
        enrolConfirm(handler.username(), handler.password(), wrong(StaffSignIn.code(secret))).then().statusCode(401);

        JsonPath enrolled = enrolConfirm(handler.username(), handler.password(), StaffSignIn.code(secret))
                .then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
        List<String> recovery = enrolled.getList("recoveryCodes", String.class);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
        assertThat(enrolled.getString("tokens.accessToken")).isNotBlank();
        assertThat(enrolled.getList("tokens.roles", String.class)).containsExactly("HANDLER");
        StaffSignIn.remember(handler.username(), secret);
        // Enrolled once: no second secret for whoever knows the password.
        enrolStart(handler.username(), handler.password()).then().statusCode(409);

        // From now on: the password alone is not enough, a wrong code neither; the app's code is.
        Staff.passwordOnly(handler.username(), handler.password()).then().statusCode(401)
                .body("type", endsWith("/second-factor-required")).body("title", equalTo("需要动态验证码"));
        StaffSignIn.attempt(handler.username(), handler.password(), wrong(StaffSignIn.code(secret))).then().statusCode(401)
                .body("type", endsWith("/unauthorized"));
        StaffSignIn.attempt(handler.username(), "Wrong-password-123", StaffSignIn.code(secret)).then().statusCode(401);
        StaffSignIn.attempt(handler.username(), handler.password(), StaffSignIn.code(secret)).then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.hasItem("HANDLER"));

        // A recovery code works once, typed with or without its dash, in either case.
        String first = recovery.get(0);
        StaffSignIn.attempt(handler.username(), handler.password(), first.replace("-", "").toLowerCase()).then().statusCode(200);
        StaffSignIn.attempt(handler.username(), handler.password(), first).then().statusCode(401);
        StaffSignIn.attempt(handler.username(), handler.password(), recovery.get(1)).then().statusCode(200);

        // Kept: the secret for the account, sealed (SM4, like phone numbers), only hashes of the recovery codes, two used.
        assertThat(Database.count("select count(*) from staff_second_factor where account_id = cast(? as uuid) "
                + "and confirmed_at is not null", handler.id())).isEqualTo(1);
        String stored = (String) Database.rows("select secret from staff_second_factor where account_id = cast(? as uuid)",
                handler.id()).get(0).get("secret");
        assertThat(stored).startsWith("sm4gcm:").doesNotContain(secret);
        assertThat(com.tuoyu.directory.support.PersonalData.open(stored)).isEqualTo(secret);
        assertThat(com.tuoyu.directory.support.PersonalData.tablesContaining(secret)).isEmpty();
        List<Map<String, Object>> codes = Database.rows("select code_hash, used_at from staff_recovery_code "
                + "where account_id = cast(? as uuid)", handler.id());
        assertThat(codes).hasSize(10);
        assertThat(codes.stream().filter(r -> r.get("used_at") != null)).hasSize(2);
        assertThat(codes).allSatisfy(r -> assertThat((String) r.get("code_hash")).matches("[0-9a-f]{64}")
                .isNotIn(recovery.stream().map(c -> c.replace("-", "")).toList()));
    }

    @Test
    void wrongCodesCountTowardsTheLockoutLikeWrongPasswords() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String secret = StaffSignIn.secretOf(handler.username()) != null ? StaffSignIn.secretOf(handler.username())
                : enrolled(handler);
        String wrong = wrong(StaffSignIn.code(secret));
        for (int i = 0; i < 4; i++) {
            StaffSignIn.attempt(handler.username(), handler.password(), wrong).then().statusCode(401);
        }
        StaffSignIn.attempt(handler.username(), handler.password(), wrong).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // Locked: even the right code waits.
        StaffSignIn.attempt(handler.username(), handler.password(), StaffSignIn.code(secret)).then().statusCode(429);
    }

    @Test
    void noRoleSignsInWithoutTheSecondFactor() {
        for (String role : List.of("ADMIN", "SUPERVISOR", "HANDLER", "FILING_OFFICER")) {
            Staff.Created account = Staff.create(List.of(role), List.of("360102"));
            Staff.passwordOnly(account.username(), account.password()).then().statusCode(401)
                    .body("type", endsWith("/second-factor-enrolment-required"));
            StaffSignIn.signIn(account.username(), account.password());
            Staff.passwordOnly(account.username(), account.password()).then().statusCode(401)
                    .body("type", endsWith("/second-factor-required"));
        }
        // The bootstrap ADMIN and the demo accounts too (their secrets come from the test configuration).
        Staff.passwordOnly(IdentityTestResource.BOOTSTRAP_USERNAME, IdentityTestResource.BOOTSTRAP_PASSWORD)
                .then().statusCode(401).body("type", endsWith("/second-factor-required"));
        Staff.passwordOnly("demo-supervisor", IdentityTestResource.DEMO_PASSWORD)
                .then().statusCode(401).body("type", endsWith("/second-factor-required"));
        // The console's session start asks the same.
        given().contentType("application/json").body(Map.of("username", "demo-handler", "password", IdentityTestResource.DEMO_PASSWORD))
                .post("/api/v1/admin/auth/session").then().statusCode(401).body("type", endsWith("/second-factor-required"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anAdministratorResetsALostAuthenticatorAndTheNextSignInEnrolsAgain() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String refresh = StaffSignIn.signIn(handler.username(), handler.password()).getString("refreshToken");
        given().auth().oauth2(Staff.adminToken()).post("/api/v1/admin/accounts/{id}/second-factor/reset", handler.id())
                .then().statusCode(200).body("username", equalTo(handler.username()));
        // Signed out everywhere, and the old app's codes are worthless.
        Staff.refresh(refresh).then().statusCode(401);
        Staff.passwordOnly(handler.username(), handler.password()).then().statusCode(401)
                .body("type", endsWith("/second-factor-enrolment-required"));
        assertThat(Database.count("select count(*) from staff_recovery_code where account_id = cast(? as uuid)", handler.id())).isZero();
        String newSecret = StaffSignIn.enrol(handler.username(), handler.password());
        enrolConfirm(handler.username(), handler.password(), StaffSignIn.code(newSecret)).then().statusCode(200);
        // Only an ADMIN may reset.
        given().auth().oauth2(StaffSignIn.token(handler.username(), handler.password()))
                .post("/api/v1/admin/accounts/{id}/second-factor/reset", handler.id()).then().statusCode(403);
    }

    @Test
    void theConsoleSessionEnrolsAndShowsTheRecoveryCodesOnce() {
        Staff.Created supervisor = Staff.create(List.of("SUPERVISOR"), List.of("360100"));
        String secret = StaffSignIn.enrol(supervisor.username(), supervisor.password());
        Response started = given().contentType("application/json")
                .body(Map.of("username", supervisor.username(), "password", supervisor.password(), "code", StaffSignIn.code(secret)))
                .post("/api/v1/admin/auth/session/enrolment");
        started.then().statusCode(200).body("account.username", equalTo(supervisor.username()))
                .body("idleTimeoutSeconds", equalTo(900));
        assertThat(started.jsonPath().getList("recoveryCodes", String.class)).hasSize(10);
        assertThat(started.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("console_refresh="));
        // Signing in again: no recovery codes in the answer.
        given().contentType("application/json")
                .body(Map.of("username", supervisor.username(), "password", supervisor.password(), "code", StaffSignIn.code(secret)))
                .post("/api/v1/admin/auth/session").then().statusCode(200).body("recoveryCodes", org.hamcrest.Matchers.nullValue());
    }

    private static String enrolled(Staff.Created account) {
        StaffSignIn.signIn(account.username(), account.password());
        return StaffSignIn.secretOf(account.username());
    }

    /** A six-digit code that is not the given one (nor, with overwhelming likelihood, a neighbouring step's). */
    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_001) % 1_000_000);
    }
}
