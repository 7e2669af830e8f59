package com.tuoyu.directory.console;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.StaffSignIn;
import com.tuoyu.directory.support.Tokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data for the console's browser tests, made through the HTTP API as real users would. */
final class ConsoleFixtures {

    /** Counties no other test files complaints in, so their queues hold only what these tests put there. */
    static final List<String> QUIET_COUNTIES = List.of("130821", "130881", "140921", "140981");

    private ConsoleFixtures() {
    }

    record Account(String id, String username, String password) {
    }

    record Nursery(UUID id, String county) {
    }

    record Complaint(String id, String trackingNumber, String parentToken) {
    }

    /** A filed nursery with an inspection on record, in one of the quiet counties. */
    static Nursery nurseryWithAnInspection() {
        Map<String, Object> row = Database.rows("select n.id, n.division_code from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' "
                + "and n.division_code in ('130821', '130881', '140921', '140981') "
                + "and exists (select 1 from inspection i where i.nursery_id = n.id) order by n.division_code, n.id limit 1").get(0);
        return new Nursery((UUID) row.get("id"), (String) row.get("division_code"));
    }

    static String anotherQuietCounty(String county) {
        return QUIET_COUNTIES.stream().filter(c -> !c.equals(county)).findFirst().orElseThrow();
    }

    /** A new staff account created by the bootstrap ADMIN; signs in with its username and password. */
    static Account staff(String role, String displayName, String county) {
        String admin = StaffSignIn.adminToken();
        String username = "console-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Console-" + UUID.randomUUID();
        String id = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", username, "password", password, "displayName", displayName,
                        "roles", List.of(role), "divisions", List.of(county)))
                .post("/api/v1/admin/accounts").then().statusCode(201).extract().path("id");
        return new Account(id, username, password);
    }

    /**
     * An access token of an account, from the staff sign-in with both factors (for API steps beside the browser); the
     * account's first sign-in, here or in the browser, enrols its authenticator app.
     */
    static String tokenOf(Account account) {
        return StaffSignIn.token(account.username(), account.password());
    }

    static Complaint fileComplaint(UUID nursery, String category, String description) {
        String parent = Tokens.parent("parent-" + UUID.randomUUID());
        var receipt = given().auth().oauth2(parent).contentType("application/json")
                .body(Map.of("nurseryId", nursery.toString(), "category", category, "description", description,
                        "incidentDate", LocalDate.now().minusDays(1).toString(), "contactPhone", "13812345678",
                        "sensitiveConsent", true))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        return new Complaint(receipt.getString("id"), receipt.getString("trackingNumber"), parent);
    }
}
