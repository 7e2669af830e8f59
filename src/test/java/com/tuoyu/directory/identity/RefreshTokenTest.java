package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RefreshTokenTest {

    private static JsonPath signIn(Staff.Created account) {
        return Staff.signIn(account.username(), account.password()).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void refreshRotatesTheTokenAndStoresOnlyItsHash() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        JsonPath first = signIn(handler);
        String refresh = first.getString("refreshToken");
        assertThat(refresh).matches("[A-Za-z0-9_-]{43}");

        JsonPath second = Staff.refresh(refresh).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();

        assertThat(second.getString("refreshToken")).isNotEqualTo(refresh);
        assertThat(second.getString("accessToken")).isNotEqualTo(first.getString("accessToken"));
        assertThat(Staff.claims(second.getString("accessToken")).getString("sub")).isEqualTo(handler.id());
        assertThat(Staff.claims(second.getString("accessToken")).getString("sid"))
                .isEqualTo(Staff.claims(first.getString("accessToken")).getString("sid"));
        assertThat(Database.count("select count(*) from refresh_token where token_hash = ? and rotated_at is not null",
                TokenService.sha256(refresh))).isEqualTo(1);
        assertThat(Database.count("select count(*) from refresh_token where token_hash = ?", refresh)).isZero();
        // The session's family holds the two tokens (the account's first sign-in, its enrolment, began another family).
        assertThat(Database.count("select count(*) from refresh_token where family_id = (select family_id from refresh_token "
                + "where token_hash = ?)", TokenService.sha256(refresh))).isEqualTo(2);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String stolen = signIn(handler).getString("refreshToken");
        String successor = Staff.refresh(stolen).then().statusCode(200).extract().path("refreshToken");

        Staff.refresh(stolen).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        // The legitimate holder of the successor is signed out too: the family is burnt.
        Staff.refresh(successor).then().statusCode(401);
        assertThat(Database.count("select count(*) from refresh_token where family_id = (select family_id from refresh_token "
                + "where token_hash = ?) and revoked_at is null", TokenService.sha256(stolen))).isZero();
    }

    @Test
    void anUnknownRefreshTokenIsUnauthorizedAndAMissingOneIsInvalid() {
        Staff.refresh("not-a-token-we-issued").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        given().contentType("application/json").body("{}").when().post("/api/v1/auth/refresh")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("refreshToken"));
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String refresh = signIn(handler).getString("refreshToken");
        Database.rows("update refresh_token set expires_at = now() - interval '1 second' where token_hash = ? returning id",
                TokenService.sha256(refresh));
        Staff.refresh(refresh).then().statusCode(401);
    }

    @Test
    void signOutRevokesOnlyTheCurrentSession() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        JsonPath phone = signIn(handler);
        JsonPath laptop = signIn(handler);

        given().auth().oauth2(phone.getString("accessToken")).when().post("/api/v1/auth/sign-out").then().statusCode(204);

        Staff.refresh(phone.getString("refreshToken")).then().statusCode(401);
        Staff.refresh(laptop.getString("refreshToken")).then().statusCode(200);
    }

    @Test
    void signOutEverywhereRevokesEverySession() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        JsonPath phone = signIn(handler);
        JsonPath laptop = signIn(handler);

        given().auth().oauth2(laptop.getString("accessToken")).when().post("/api/v1/auth/sign-out-everywhere")
                .then().statusCode(204);

        Staff.refresh(phone.getString("refreshToken")).then().statusCode(401);
        Staff.refresh(laptop.getString("refreshToken")).then().statusCode(401);
    }

    @Test
    void signingOutNeedsAnAccessToken() {
        given().when().post("/api/v1/auth/sign-out").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().when().post("/api/v1/auth/sign-out-everywhere").then().statusCode(401);
    }

    @Test
    void aDisabledAccountCannotRefresh() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String refresh = signIn(handler).getString("refreshToken");

        given().auth().oauth2(Staff.adminToken()).when().post("/api/v1/admin/accounts/{id}/disable", handler.id())
                .then().statusCode(200).body("enabled", equalTo(false));

        Staff.refresh(refresh).then().statusCode(401);
        Staff.signIn(handler.username(), handler.password()).then().statusCode(401);
    }

    @Test
    void refreshPicksUpANewScope() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String refresh = signIn(handler).getString("refreshToken");
        given().auth().oauth2(Staff.adminToken()).contentType("application/json")
                .body(Map.of("divisions", List.of("360100", "620102")))
                .when().put("/api/v1/admin/accounts/{id}/divisions", handler.id()).then().statusCode(200);

        String access = Staff.refresh(refresh).then().statusCode(200).extract().path("accessToken");
        assertThat(Staff.claims(access).getList("scope_divisions")).containsExactly("360100", "620102");
    }
}
