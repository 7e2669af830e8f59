package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class StaffSignInTest {

    @Inject
    AccountAdminService accounts;

    private static void unlock(String username) {
        Database.rows("update account set locked_until = now() - interval '1 second' where username = ? returning id", username);
    }

    private static int retryAfter(io.restassured.response.Response response) {
        return Integer.parseInt(response.header("Retry-After"));
    }

    @Test
    void theBootstrapAdminExistsWithAnArgon2idHashAndSignsIn() {
        Map<String, Object> row = Database.rows("select roles, password_hash, enabled from account where username = ?",
                IdentityTestResource.BOOTSTRAP_USERNAME).get(0);
        assertThat(row.get("roles")).isEqualTo("ADMIN");
        assertThat((String) row.get("password_hash")).startsWith("$argon2id$").doesNotContain(IdentityTestResource.BOOTSTRAP_PASSWORD);
        assertThat(row.get("enabled")).isEqualTo(true);

        Staff.signIn(IdentityTestResource.BOOTSTRAP_USERNAME, IdentityTestResource.BOOTSTRAP_PASSWORD)
                .then().statusCode(200).body("roles", hasItem("ADMIN"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void noSecondBootstrapAdminIsCreatedWhileAnAdminExists() throws Throwable {
        boolean created = VertxContextSupport.subscribeAndAwait(
                () -> accounts.bootstrapAdmin("another-bootstrap", "Another-password-123", List.of(), null));
        assertThat(created).isFalse();
        assertThat(Database.count("select count(*) from account where username = 'another-bootstrap'")).isZero();
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String wrongPassword = Staff.signIn(handler.username(), "Wrong-password-123").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer").extract().path("detail");
        String unknownUser = Staff.signIn("nobody-" + handler.username(), "Wrong-password-123").then().statusCode(401)
                .extract().path("detail");
        assertThat(unknownUser).isEqualTo(wrongPassword);
    }

    @Test
    void usernamesAreCaseInsensitive() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        Staff.signIn(handler.username().toUpperCase(), handler.password()).then().statusCode(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAMinuteAndTheNextLockForTwo() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        for (int i = 0; i < 4; i++) {
            Staff.signIn(handler.username(), "Wrong-password-" + i).then().statusCode(401);
        }
        var locked = Staff.signIn(handler.username(), "Wrong-password-4");
        locked.then().statusCode(429).contentType("application/problem+json");
        assertThat(retryAfter(locked)).isBetween(55, 60);

        // Locked: even the right password is refused, without being checked.
        var stillLocked = Staff.signIn(handler.username(), handler.password());
        stillLocked.then().statusCode(429);
        assertThat(retryAfter(stillLocked)).isBetween(1, 60);

        unlock(handler.username());
        for (int i = 0; i < 4; i++) {
            Staff.signIn(handler.username(), "Wrong-password-" + i).then().statusCode(401);
        }
        var lockedLonger = Staff.signIn(handler.username(), "Wrong-password-4");
        lockedLonger.then().statusCode(429);
        assertThat(retryAfter(lockedLonger)).isBetween(115, 120);

        unlock(handler.username());
        Staff.signIn(handler.username(), handler.password()).then().statusCode(200);
        Map<String, Object> row = Database.rows("select failed_sign_ins, lockouts from account where username = ?",
                handler.username()).get(0);
        assertThat(row).containsEntry("failed_sign_ins", 0).containsEntry("lockouts", 0);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        for (int i = 0; i < 4; i++) {
            Staff.signIn(handler.username(), "Wrong-password-" + i).then().statusCode(401);
        }
        Staff.signIn(handler.username(), handler.password()).then().statusCode(200);
        Staff.signIn(handler.username(), "Wrong-password-x").then().statusCode(401);
    }

    @Test
    void missingCredentialsAreAValidationProblem() {
        given().contentType("application/json").body(Map.of("username", "someone"))
                .when().post("/api/v1/admin/auth/sign-in")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("password"));
        given().contentType("application/json").body("{\"username\": ")
                .when().post("/api/v1/admin/auth/sign-in")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("请求正文格式错误"));
    }
}
