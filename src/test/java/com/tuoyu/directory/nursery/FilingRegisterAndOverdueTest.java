package com.tuoyu.directory.nursery;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.tuoyu.directory.nursery.FilingFixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FilingRegisterAndOverdueTest {

    private static String name() {
        return "双滦区登记测试" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aFilingPastItsDeadlineIsOnTheOverdueListOfItsDistrictOnlyEarliestDueFirst() {
        UUID older = submitted(name(), false, today().minusDays(60));
        UUID old = submitted(name(), false, today().minusDays(40));
        UUID fresh = submitted(name(), false, today());
        String officer = officer();

        List<Map<String, Object>> overdue = given().auth().oauth2(officer).get("/api/v1/admin/filings/overdue")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<String> ids = overdue.stream().map(o -> (String) o.get("id")).toList();
        assertThat(ids).contains(older.toString(), old.toString()).doesNotContain(fresh.toString());
        assertThat(ids.indexOf(older.toString())).isLessThan(ids.indexOf(old.toString()));
        List<Instant> due = overdue.stream().map(o -> Instant.parse((String) o.get("dueAt"))).toList();
        assertThat(due).isSorted();
        assertThat(overdue).allSatisfy(o -> assertThat(o).containsEntry("overdue", true).containsEntry("status", "SUBMITTED"));

        given().auth().oauth2(officer).queryParam("overdue", "false").queryParam("status", "SUBMITTED")
                .get("/api/v1/admin/nurseries").then().statusCode(200)
                .body("id", hasItem(fresh.toString())).body("id", org.hamcrest.Matchers.not(hasItem(old.toString())));
        given().auth().oauth2(supervisor()).get("/api/v1/admin/filings/overdue").then().statusCode(200)
                .body("id", hasItem(old.toString()));
        given().auth().oauth2(outOfScopeOfficer()).get("/api/v1/admin/filings/overdue").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(old.toString())));

        // Deciding takes a filing off the list.
        decide(officer, old, Map.of("decision", "RETURN", "reasons", "逾期未补齐材料")).then().statusCode(200);
        given().auth().oauth2(officer).get("/api/v1/admin/filings/overdue").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(old.toString())));
    }

    @Test
    void theListShowsOnlyTheCallersDistrictsAndFiltersByStatusAndDivision() {
        UUID id = submitted(name(), false, today());
        given().auth().oauth2(officer()).queryParam("status", "SUBMITTED").queryParam("division", COUNTY).queryParam("size", 100)
                .get("/api/v1/admin/nurseries").then().statusCode(200)
                .body("id", hasItem(id.toString()))
                .body("divisionCode", org.hamcrest.Matchers.everyItem(equalTo(COUNTY)))
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("SUBMITTED")));
        given().auth().oauth2(outOfScopeOfficer()).queryParam("size", 100).get("/api/v1/admin/nurseries").then().statusCode(200)
                .body("divisionCode", org.hamcrest.Matchers.everyItem(equalTo(OTHER_COUNTY)));
        given().auth().oauth2(officer()).queryParam("status", "APPROVED").get("/api/v1/admin/nurseries")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(officer()).queryParam("size", "0").get("/api/v1/admin/nurseries")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void registrationsOutsideTheOfficersCountiesOrWithBadFactsAreRefusedAsProblems() {
        String officer = officer();
        Map<String, Object> facts = new HashMap<>(facts(name(), false));

        Map<String, Object> city = new HashMap<>(facts);
        city.put("divisionCode", "130800");
        register(Tokens.staff("FILING_OFFICER", "o", "130000"), registration(city, today()))
                .then().statusCode(400).body("errors[0].field", equalTo("nursery.divisionCode"));

        Map<String, Object> elsewhere = new HashMap<>(facts);
        elsewhere.put("divisionCode", OTHER_COUNTY);
        register(officer, registration(elsewhere, today())).then().statusCode(403).contentType("application/problem+json");

        Map<String, Object> swapped = new HashMap<>(facts);
        swapped.put("latitude", facts.get("longitude"));
        swapped.put("longitude", facts.get("latitude"));
        register(officer, registration(swapped, today())).then().statusCode(400);

        Map<String, Object> far = new HashMap<>(facts);
        far.put("latitude", 28.68);
        far.put("longitude", 115.89);
        register(officer, registration(far, today())).then().statusCode(400).body("errors[0].field", equalTo("nursery.latitude"));

        Map<String, Object> hours = new HashMap<>(facts);
        hours.put("closesAt", "07:00:00");
        register(officer, registration(hours, today())).then().statusCode(400).body("errors[0].field", equalTo("nursery.closesAt"));

        Map<String, Object> invalid = new HashMap<>(facts);
        invalid.put("creditCode", "123");
        invalid.put("careTypes", List.of());
        invalid.put("coordinateSystem", "bd09");
        register(officer, registration(invalid, today())).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("nursery.creditCode", "nursery.careTypes", "nursery.coordinateSystem"));

        Map<String, Object> badEnum = new HashMap<>(facts);
        badEnum.put("operatingModel", "FRANCHISE");
        register(officer, registration(badEnum, today())).then().statusCode(400).contentType("application/problem+json");

        register(officer, registration(facts, today().plusDays(1))).then().statusCode(400)
                .body("errors[0].field", equalTo("filing.submittedOn"));
        register(officer, Map.of("nursery", facts)).then().statusCode(400).body("errors[0].field", equalTo("filing"));
        register(officer, "[]").then().statusCode(400).contentType("application/problem+json");
        register(supervisor(), registration(facts, today())).then().statusCode(403);

        assertThat(Database.count("select count(*) from nursery where name = ?", facts.get("name"))).isZero();
    }
}
