package com.tuoyu.directory.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AccessTokenTest {

    private static final String PROTECTED = "/api/v1/admin/accounts";

    private static void refused(String token) {
        given().auth().oauth2(token).when().get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    private static String adminToken(String tokenType, String audience, String issuer, Instant expiresAt) {
        var builder = Jwt.issuer(issuer).audience(audience).subject(UUID.randomUUID().toString())
                .groups(Set.of("ADMIN")).claim("scope_divisions", List.of("360000")).expiresAt(expiresAt);
        if (tokenType != null) {
            builder.claim("token_type", tokenType);
        }
        return builder.sign();
    }

    private static final String ISSUER = "https://nursery-directory.cn";
    private static final String AUDIENCE = "nursery-directory";

    @Test
    void signInIssuesAnRs256AccessTokenWithAccountRolesScopeAndType() {
        JsonPath session = Staff.adminSession();
        String access = session.getString("accessToken");
        String header = new String(Base64.getUrlDecoder().decode(access.split("\\.")[0]), StandardCharsets.UTF_8);
        JsonPath claims = Staff.claims(access);

        assertThat(JsonPath.from(header).getString("alg")).isEqualTo("RS256");
        assertThat(claims.getString("sub")).isEqualTo(session.getString("accountId"));
        assertThat(claims.getList("groups")).containsExactly("ADMIN");
        assertThat(claims.getList("scope_divisions", String.class)).isNotEmpty().allMatch(code -> code.matches("[0-9]{6}"));
        assertThat(claims.getString("token_type")).isEqualTo("access");
        assertThat(claims.getString("iss")).isEqualTo(ISSUER);
        assertThat(claims.getString("aud")).isEqualTo(AUDIENCE);
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(900);
        assertThat(session.getLong("expiresIn")).isEqualTo(900);
        assertThat(session.getString("tokenType")).isEqualTo("Bearer");

        given().auth().oauth2(access).when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(adminToken("access", "someone-else", ISSUER, Instant.now().plusSeconds(300)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(adminToken("access", AUDIENCE, "https://evil.example", Instant.now().plusSeconds(300)));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(adminToken("access", AUDIENCE, ISSUER, Instant.now().minus(Duration.ofMinutes(5))));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String valid = Staff.adminToken();
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"scope_divisions\":[", "\"scope_divisions\":[\"110000\",");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(tampered).isNotEqualTo(valid);
        refused(tampered);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(UUID.randomUUID().toString()).groups("ADMIN")
                .claim("token_type", "access").expiresIn(Duration.ofMinutes(5)).sign(generator.generateKeyPair().getPrivate());
        refused(forged);
    }

    @Test
    void aRefreshTokenIsNeverAnAccessToken() {
        String refresh = Staff.adminSession().getString("refreshToken");
        refused(refresh);
    }

    @Test
    void aSignedTokenOfAnotherTypeIsRefusedEvenWithTheRightRole() {
        refused(adminToken("refresh", AUDIENCE, ISSUER, Instant.now().plusSeconds(300)));
        refused(adminToken(null, AUDIENCE, ISSUER, Instant.now().plusSeconds(300)));
    }

    @Test
    void noTokenIsAnUnauthorizedProblem() {
        given().when().get(PROTECTED)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }
}
