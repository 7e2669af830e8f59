package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Notice;

import com.tuoyu.directory.contract.OffContractRequests;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the service documents × every kind of caller. The roles an operation allows are read from its
 * OpenAPI description ("Roles: ..."), so an endpoint without a stated rule fails here, and so does one whose
 * rule is not enforced: anonymous callers and bad tokens get 401, callers without the role 403, callers with it
 * neither (their request is still refused for other reasons: ids here are random and bodies empty).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Pattern ROLES = Pattern.compile("Roles?:\\s*([^.(]*)");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    record Caller(String name, String role, String token) {
    }

    @Test
    @OffContractRequests("sends random ids and empty bodies to every operation to probe its authorization")
    void everyOperationAnswersEveryCallerAsItsStatedRolesRequire() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        // Issue #21's operations are among those probed: enrolment, second-factor reset, reveal control, chain check.
        assertThat(paths).containsKeys("/api/v1/admin/auth/enrolment", "/api/v1/admin/auth/enrolment/confirm",
                "/api/v1/admin/auth/session/enrolment", "/api/v1/admin/accounts/{id}/second-factor/reset",
                "/api/v1/admin/complaints/contact-reveal-reasons", "/api/v1/admin/complaints/{id}/contact-access",
                "/api/v1/admin/complaints/contact-reveal-alerts", "/api/v1/admin/audit/verification");
        // Real accounts, signed in through the API, so session-bound operations (sign-out, me) see real sessions.
        List<Caller> callers = List.of(
                new Caller("parent", "PARENT", parentToken()),
                new Caller("handler in scope", "HANDLER", staffToken("HANDLER", "360102")),
                new Caller("handler out of scope", "HANDLER", staffToken("HANDLER", "620102")),
                new Caller("supervisor", "SUPERVISOR", staffToken("SUPERVISOR", "360100")),
                new Caller("filing officer", "FILING_OFFICER", staffToken("FILING_OFFICER", "360102")),
                new Caller("admin", "ADMIN", staffToken("ADMIN", "360000")),
                new Caller("nursery staff", "NURSERY", nurseryToken()));
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("expired", Jwt.subject("x").groups(Set.of("ADMIN", "PARENT", "HANDLER", "SUPERVISOR", "FILING_OFFICER"))
                .claim("token_type", "access").issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign());
        badTokens.put("tampered", Tokens.admin().substring(0, Tokens.admin().length() - 4) + "AAAA");
        badTokens.put("wrong audience", Jwt.subject("x").groups(Set.of("ADMIN", "PARENT")).audience("another-service")
                .claim("token_type", "access").expiresIn(Duration.ofMinutes(5)).sign());
        badTokens.put("refresh token type", Jwt.subject("x").groups(Set.of("ADMIN", "PARENT")).claim("token_type", "refresh")
                .expiresIn(Duration.ofMinutes(5)).sign());

        List<String> unexpected = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                String description = String.valueOf(operation.getValue().get("description"));
                Matcher matcher = ROLES.matcher(description);
                if (!matcher.find()) {
                    unexpected.add(name + ": no 'Roles:' rule in its OpenAPI description");
                    continue;
                }
                String stated = matcher.group(1).trim();
                boolean open = stated.toLowerCase(Locale.ROOT).startsWith("none") || stated.toLowerCase(Locale.ROOT).startsWith("anyone");
                Set<String> roles = Set.of(stated.replaceAll("[^A-Z_,]", "").split(","));
                String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                boolean multipartOnly = multipartOnly(operation.getValue());

                int anonymous = request(null, multipartOnly).request(operation.getKey(), url).statusCode();
                checked++;
                if (open == (anonymous == 401)) {
                    unexpected.add(name + " anonymous -> " + anonymous + " (stated: " + stated + ")");
                }
                if (open) {
                    continue;
                }
                boolean signedInOnly = stated.toLowerCase(Locale.ROOT).startsWith("any signed-in");
                for (Caller caller : callers) {
                    if (name.contains("/sign-out")) {
                        continue; // would end the caller's session for the operations that follow; covered in RefreshTokenTest
                    }
                    if (name.equals("DELETE /api/v1/me/account") && allowedRole(roles, caller)) {
                        continue; // would delete the parent for the operations that follow; covered in ParentRightsTest
                    }
                    int status = request(caller.token(), multipartOnly).request(operation.getKey(), url).statusCode();
                    checked++;
                    boolean allowed = signedInOnly || roles.contains(caller.role());
                    if (allowed ? (status == 401 || status == 403) : status != 403) {
                        unexpected.add(name + " " + caller.name() + " -> " + status + " (stated: " + stated + ")");
                    }
                }
                for (var bad : badTokens.entrySet()) {
                    int status = request(bad.getValue(), multipartOnly).request(operation.getKey(), url).statusCode();
                    checked++;
                    if (status != 401) {
                        unexpected.add(name + " " + bad.getKey() + " token -> " + status);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(unexpected).as("unexpected answers").isEmpty();
    }

    private static boolean allowedRole(Set<String> roles, Caller caller) {
        return roles.contains(caller.role());
    }

    private static String staffToken(String role, String division) {
        Staff.Created account = Staff.create(List.of(role), List.of(division));
        return Staff.signIn(account.username(), account.password()).then().statusCode(200).extract().path("accessToken");
    }

    /**
     * A nursery's own staff, made by a filing officer of its county for a filed demo nursery of 东湖区 (the account
     * changes nothing about the nursery). The random ids of the probes are never its nursery, so operations it may
     * call answer 404 there, as for another nursery.
     */
    private static String nurseryToken() {
        String nursery = com.tuoyu.directory.support.Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360102' order by n.id limit 1").get(0).get("id").toString();
        String username = "nursery-" + UUID.randomUUID().toString().substring(0, 12);
        String password = "Secret-" + UUID.randomUUID();
        given().auth().oauth2(staffToken("FILING_OFFICER", "360102")).contentType("application/json")
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/admin/nurseries/{id}/staff-accounts", nursery).then().statusCode(201);
        return Staff.signIn(username, password).then().statusCode(200).extract().path("accessToken");
    }

    private static String parentToken() {
        String phone = "137" + String.format("%08d", new java.security.SecureRandom().nextInt(100_000_000));
        given().contentType("application/json").body(Map.of("phone", phone)).post("/api/v1/auth/sms/codes")
                .then().statusCode(202);
        return given().contentType("application/json").body(Map.of("phone", phone, "code", RecordingSmsSender.lastCode(phone), "noticeVersion", Notice.CURRENT))
                .post("/api/v1/auth/sms/sign-in").then().statusCode(200).extract().path("accessToken");
    }

    /**
     * The body an operation accepts: JSON, or for an operation that takes only multipart a multipart body (else the
     * answer would be the 415 of a wrong body, not the authorization under test).
     */
    private static RequestSpecification request(String token, boolean multipartOnly) {
        RequestSpecification request = multipartOnly ? given().multiPart("probe", "{}", "application/json")
                : given().contentType("application/json").body("{}");
        return token == null ? request : request.auth().oauth2(token);
    }

    @SuppressWarnings("unchecked")
    private static boolean multipartOnly(Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        if (!(body instanceof Map<?, ?> requestBody) || !(requestBody.get("content") instanceof Map<?, ?> content)) {
            return false;
        }
        return content.keySet().stream().allMatch(type -> String.valueOf(type).startsWith("multipart/"));
    }
}
