package com.tuoyu.directory.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Staff passwords (issue #21 point 5): long enough, not a common breached password, not the username, not reused. */
@QuarkusTest
class StaffPasswordRulesTest {

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(Staff.adminToken()).contentType("application/json");
    }

    private static Map<String, Object> account(String username, String password) {
        return Map.of("username", username, "password", password, "displayName", "密码规则",
                "roles", List.of("HANDLER"), "divisions", List.of("360102"));
    }

    @Test
    void aCommonBreachedPasswordOrOneWithTheUsernameIsRefusedInBothLanguages() {
        String username = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        // In the shipped list of the commonest passwords, and 12 characters long.
        asAdmin().body(account(username, "qwerty123456")).post("/api/v1/admin/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("password")).body("errors[0].message", containsString("常用密码"));
        asAdmin().header("Accept-Language", "en").body(account(username, "qwerty123456")).post("/api/v1/admin/accounts")
                .then().statusCode(400).body("errors[0].message", containsString("common breached passwords"));
        asAdmin().body(account(username, "My-" + username + "-pass")).post("/api/v1/admin/accounts")
                .then().statusCode(400).body("errors[0].message", containsString("用户名"));
        asAdmin().body(account(username, "short-1")).post("/api/v1/admin/accounts").then().statusCode(400);
        asAdmin().body(account(username, "Rules-" + UUID.randomUUID())).post("/api/v1/admin/accounts").then().statusCode(201);
    }

    @Test
    void aResetMayNotRepeatOneOfTheLastFivePasswords() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String path = "/api/v1/admin/accounts/{id}/password";
        // The current password (the one it was created with) is in the history.
        asAdmin().body(Map.of("password", handler.password())).post(path, handler.id())
                .then().statusCode(400).body("errors[0].message", containsString("最近 5 次"));
        List<String> next = List.of("Second-" + UUID.randomUUID(), "Third-" + UUID.randomUUID(), "Fourth-" + UUID.randomUUID(),
                "Fifth-" + UUID.randomUUID(), "Sixth-" + UUID.randomUUID());
        for (String password : next) {
            asAdmin().body(Map.of("password", password)).post(path, handler.id()).then().statusCode(200);
        }
        asAdmin().body(Map.of("password", next.get(1))).post(path, handler.id()).then().statusCode(400);
        // Six passwords on, the first is out of the remembered five.
        asAdmin().body(Map.of("password", handler.password())).post(path, handler.id()).then().statusCode(200);
        asAdmin().body(Map.of("password", "qwerty123456")).post(path, handler.id()).then().statusCode(400);
    }
}
