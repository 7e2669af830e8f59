package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AccountAdminTest {

    private static Map<String, Object> newAccount() {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "officer-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("password", "Filing-officer-pw-1");
        body.put("displayName", "南昌市备案员");
        body.put("roles", List.of("FILING_OFFICER", "SUPERVISOR"));
        body.put("divisions", List.of("360100"));
        return body;
    }

    private static io.restassured.response.Response create(Map<String, Object> body) {
        return given().auth().oauth2(Staff.adminToken()).contentType("application/json").body(body)
                .when().post("/api/v1/admin/accounts");
    }

    @Test
    void anAdminCreatesAStaffAccountThatSignsInWithItsRolesAndDivisions() {
        Map<String, Object> body = newAccount();
        String id = create(body).then().statusCode(201)
                .header("Location", startsWith("/api/v1/admin/accounts/"))
                .body("username", equalTo(body.get("username")))
                .body("roles", equalTo(List.of("FILING_OFFICER", "SUPERVISOR")))
                .body("divisions", equalTo(List.of("360100")))
                .body("enabled", equalTo(true))
                .body(not(containsString("password")))
                .extract().path("id");
        assertThat(Database.rows("select kind, roles, divisions from account where id = cast(? as uuid)", id).get(0))
                .containsEntry("kind", "STAFF").containsEntry("roles", "SUPERVISOR,FILING_OFFICER").containsEntry("divisions", "360100");

        JsonPath session = Staff.signIn((String) body.get("username"), (String) body.get("password"))
                .then().statusCode(200).extract().jsonPath();
        JsonPath claims = Staff.claims(session.getString("accessToken"));
        assertThat(claims.getList("groups", String.class)).containsExactlyInAnyOrder("FILING_OFFICER", "SUPERVISOR");
        assertThat(claims.getList("scope_divisions", String.class)).containsExactly("360100");

        given().auth().oauth2(Staff.adminToken()).when().get("/api/v1/admin/accounts/{id}", id)
                .then().statusCode(200).body("username", equalTo(body.get("username")));
        given().auth().oauth2(Staff.adminToken()).when().get("/api/v1/admin/accounts")
                .then().statusCode(200).body("username", hasItem(body.get("username"))).body(not(containsString("argon2")));
    }

    @Test
    void aTakenUsernameIsAConflict() {
        Map<String, Object> body = newAccount();
        create(body).then().statusCode(201);
        body.put("username", ((String) body.get("username")).toUpperCase());
        create(body).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidAccountsAreValidationProblemsNamingTheField() {
        Map<String, Object> shortPassword = newAccount();
        shortPassword.put("password", "short");
        create(shortPassword).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("password"));

        Map<String, Object> unknownDivision = newAccount();
        unknownDivision.put("divisions", List.of("999999"));
        create(unknownDivision).then().statusCode(400).body("errors[0].field", equalTo("divisions")).body("detail", containsString("999999"));

        Map<String, Object> malformedDivision = newAccount();
        malformedDivision.put("divisions", List.of("3601"));
        create(malformedDivision).then().statusCode(400).body("errors[0].field", equalTo("divisions[0]"));

        Map<String, Object> parentRole = newAccount();
        parentRole.put("roles", List.of("PARENT"));
        create(parentRole).then().statusCode(400).body("errors[0].field", equalTo("roles"));

        Map<String, Object> unknownRole = newAccount();
        unknownRole.put("roles", List.of("KING"));
        create(unknownRole).then().statusCode(400).contentType("application/problem+json");

        Map<String, Object> badName = newAccount();
        badName.put("username", "a b");
        create(badName).then().statusCode(400).body("errors[0].field", equalTo("username"));
    }

    @Test
    void onlyAdminsManageAccounts() {
        given().auth().oauth2(Tokens.withRoles("SUPERVISOR")).when().get("/api/v1/admin/accounts")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/admin/accounts")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void resettingAPasswordReplacesItLiftsTheLockAndSignsOut() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String refresh = Staff.signIn(handler.username(), handler.password()).then().statusCode(200).extract().path("refreshToken");
        for (int i = 0; i < 5; i++) {
            Staff.signIn(handler.username(), "Wrong-password-" + i);
        }
        Staff.signIn(handler.username(), handler.password()).then().statusCode(429);

        given().auth().oauth2(Staff.adminToken()).contentType("application/json").body(Map.of("password", "Brand-new-password-1"))
                .when().post("/api/v1/admin/accounts/{id}/password", handler.id()).then().statusCode(200);

        Staff.refresh(refresh).then().statusCode(401);
        Staff.signIn(handler.username(), handler.password()).then().statusCode(401);
        Staff.signIn(handler.username(), "Brand-new-password-1").then().statusCode(200);
    }

    @Test
    void aDisabledAccountCanBeEnabledAgain() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String admin = Staff.adminToken();
        given().auth().oauth2(admin).when().post("/api/v1/admin/accounts/{id}/disable", handler.id()).then().statusCode(200);
        Staff.signIn(handler.username(), handler.password()).then().statusCode(401);
        given().auth().oauth2(admin).when().post("/api/v1/admin/accounts/{id}/enable", handler.id())
                .then().statusCode(200).body("enabled", equalTo(true));
        Staff.signIn(handler.username(), handler.password()).then().statusCode(200);
    }

    @Test
    void anAdminCannotDisableThemselvesNorRemoveTheLastAdmin() {
        JsonPath admin = Staff.adminSession();
        given().auth().oauth2(admin.getString("accessToken"))
                .when().post("/api/v1/admin/accounts/{id}/disable", admin.getString("accountId"))
                .then().statusCode(409).contentType("application/problem+json");

        long otherAdmins = Database.count("select count(*) from account where enabled and roles like '%ADMIN%' and username <> ?",
                IdentityTestResource.BOOTSTRAP_USERNAME);
        if (otherAdmins == 0) {
            given().auth().oauth2(admin.getString("accessToken")).contentType("application/json")
                    .body(Map.of("roles", List.of("SUPERVISOR")))
                    .when().put("/api/v1/admin/accounts/{id}/roles", admin.getString("accountId"))
                    .then().statusCode(409).body("detail", containsString("最后一个启用的 ADMIN"));
        }
    }

    @Test
    void rolesCanBeChanged() {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        given().auth().oauth2(Staff.adminToken()).contentType("application/json").body(Map.of("roles", List.of("HANDLER", "SUPERVISOR")))
                .when().put("/api/v1/admin/accounts/{id}/roles", handler.id())
                .then().statusCode(200).body("roles", equalTo(List.of("HANDLER", "SUPERVISOR")));
        String access = Staff.signIn(handler.username(), handler.password()).then().extract().path("accessToken");
        assertThat(Staff.claims(access).getList("groups", String.class)).containsExactlyInAnyOrder("HANDLER", "SUPERVISOR");
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        String admin = Staff.adminToken();
        given().auth().oauth2(admin).when().get("/api/v1/admin/accounts/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).when().post("/api/v1/admin/accounts/{id}/disable", "not-an-id")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
