package com.tuoyu.directory.support;

import com.tuoyu.directory.identity.IdentityTestResource;
import com.tuoyu.directory.identity.Totp;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs staff in through the HTTP API with both factors, as a person with an authenticator app would: the app's
 * code computed from the account's secret (RFC 6238), and for an account's first sign-in the enrolment (the secret
 * the service shows, confirmed by its first code). Remembers each account's secret for the run.
 */
public final class StaffSignIn {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>(Map.of(
            IdentityTestResource.BOOTSTRAP_USERNAME, IdentityTestResource.BOOTSTRAP_TOTP_SECRET,
            "demo-handler", IdentityTestResource.DEMO_TOTP_SECRET,
            "demo-handler-2", IdentityTestResource.DEMO_TOTP_SECRET,
            "demo-supervisor", IdentityTestResource.DEMO_TOTP_SECRET));

    private StaffSignIn() {
    }

    /** The code the authenticator app shows now for the secret. */
    public static String code(String secret) {
        return Totp.code(secret, Totp.step(Instant.now()));
    }

    /** The account's authenticator secret, once it enrolled through this class (or a fixed one of the run). */
    public static String secretOf(String username) {
        return SECRETS.get(username.toLowerCase(java.util.Locale.ROOT));
    }

    /** The current code of an account this class knows the secret of. */
    public static String codeOf(String username) {
        String secret = secretOf(username);
        assertThat(secret).as("authenticator secret of " + username).isNotNull();
        return code(secret);
    }

    /** Remembers a secret a test enrolled by other means (the console, in a browser). */
    public static void remember(String username, String secret) {
        SECRETS.put(username.toLowerCase(java.util.Locale.ROOT), secret);
    }

    /** POST /api/v1/admin/auth/sign-in with username, password and, when given, code. */
    public static Response attempt(String username, String password, String code) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", password));
        if (code != null) {
            body.put("code", code);
        }
        return given().contentType("application/json").body(body).when().post("/api/v1/admin/auth/sign-in");
    }

    /** Starts an enrolment: answers the new secret (and remembers it). */
    public static String enrol(String username, String password) {
        String secret = given().contentType("application/json").body(Map.of("username", username, "password", password))
                .post("/api/v1/admin/auth/enrolment").then().statusCode(200).extract().path("secret");
        remember(username, secret);
        return secret;
    }

    /**
     * The TokenPair of a full sign-in: with the app's code when the account has enrolled, else enrolling first (the
     * tokens then come from the enrolment's confirmation).
     */
    public static JsonPath signIn(String username, String password) {
        String secret = secretOf(username);
        if (secret != null) {
            Response answer = attempt(username, password, code(secret));
            if (answer.statusCode() == 200) {
                return answer.jsonPath();
            }
            assertThat(answer.jsonPath().getString("type")).as("sign-in of " + username + ": " + answer.asString())
                    .endsWith("/second-factor-enrolment-required");
        }
        secret = enrol(username, password);
        JsonPath enrolled = given().contentType("application/json")
                .body(Map.of("username", username, "password", password, "code", code(secret)))
                .post("/api/v1/admin/auth/enrolment/confirm").then().statusCode(200).extract().jsonPath();
        assertThat(enrolled.getList("recoveryCodes", String.class)).hasSize(10);
        return JsonPath.from(toJson(enrolled.getMap("tokens")));
    }

    public static String token(String username, String password) {
        return signIn(username, password).getString("accessToken");
    }

    /** An access token of the bootstrap ADMIN. */
    public static String adminToken() {
        return token(IdentityTestResource.BOOTSTRAP_USERNAME, IdentityTestResource.BOOTSTRAP_PASSWORD);
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
