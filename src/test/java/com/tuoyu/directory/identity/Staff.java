package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.StaffSignIn;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test helpers over the HTTP API: signing in staff (both factors) and creating accounts as the bootstrap ADMIN. */
final class Staff {

    private Staff() {
    }

    /** Username and password only: the first factor (a right password is answered 401, second factor required). */
    static Response passwordOnly(String username, String password) {
        return StaffSignIn.attempt(username, password, null);
    }

    /** Both factors, with the current code of the account's authenticator secret (enrolling first when needed). */
    static Response signIn(String username, String password) {
        if (StaffSignIn.secretOf(username) == null) {
            Response first = StaffSignIn.attempt(username, password, null);
            if (first.statusCode() != 401 || !first.jsonPath().getString("type").endsWith("/second-factor-enrolment-required")) {
                return first;
            }
            StaffSignIn.signIn(username, password);
        }
        return StaffSignIn.attempt(username, password, StaffSignIn.codeOf(username));
    }

    static JsonPath adminSession() {
        return StaffSignIn.signIn(IdentityTestResource.BOOTSTRAP_USERNAME, IdentityTestResource.BOOTSTRAP_PASSWORD);
    }

    static String adminToken() {
        return adminSession().getString("accessToken");
    }

    record Created(String id, String username, String password) {
    }

    /** A new staff account with a unique username; answers its id and credentials. */
    static Created create(List<String> roles, List<String> divisions) {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 12);
        String password = "Secret-" + UUID.randomUUID();
        String id = given().auth().oauth2(adminToken()).contentType("application/json")
                .body(Map.of("username", username, "password", password, "displayName", "测试账号",
                        "roles", roles, "divisions", divisions))
                .when().post("/api/v1/admin/accounts")
                .then().statusCode(201).extract().path("id");
        return new Created(id, username, password);
    }

    static Response refresh(String refreshToken) {
        return given().contentType("application/json").body(Map.of("refreshToken", refreshToken))
                .when().post("/api/v1/auth/refresh");
    }

    /** The claims of a JWT, read without checking it. */
    static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
