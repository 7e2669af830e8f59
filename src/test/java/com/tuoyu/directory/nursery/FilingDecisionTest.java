package com.tuoyu.directory.nursery;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FilingDecisionTest {

    private static UUID nurseryWithFiling(String status) {
        return (UUID) Database.rows("select nursery_id from filing where status = ? order by nursery_id limit 1", status)
                .get(0).get("nursery_id");
    }

    private static io.restassured.response.Response decide(Object nursery, Object body) {
        return given().auth().oauth2(Tokens.withRoles("FILING_OFFICER")).contentType("application/json").body(body)
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", nursery);
    }

    @Test
    void aSubmittedFilingIsFiledWithANumberAndTheEventIsRecorded() {
        UUID nursery = nurseryWithFiling("SUBMITTED");
        decide(nursery, Map.of("decision", "FILE", "filingNumber", "360102T2026" + nursery.toString().substring(0, 5)))
                .then().statusCode(200).body("status", equalTo("FILED"));
        org.assertj.core.api.Assertions.assertThat(Database.count("select count(*) from filing_event e join filing f on f.id = e.filing_id "
                + "where f.nursery_id = ? and e.to_status = 'FILED'", nursery)).isEqualTo(1);
    }

    @Test
    void anIllegalTransitionIsAConflict() {
        UUID returned = nurseryWithFiling("RETURNED");
        decide(returned, Map.of("decision", "REVOKE", "reasons", "x"))
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("RETURNED"));
    }

    @Test
    void returningWithoutPublicReasonsIsRefused() {
        decide(nurseryWithFiling("SUBMITTED"), Map.of("decision", "RETURN"))
                .then().statusCode(400).body("errors[0].field", equalTo("reasons"));
    }

    @Test
    void malformedBodiesAndIdsAreProblems() {
        decide(nurseryWithFiling("SUBMITTED"), "{\"decision\": ")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed request body"));
        decide(nurseryWithFiling("SUBMITTED"), Map.of("decision", "APPROVE"))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("decision"));
        decide("not-an-id", Map.of("decision", "FILE", "filingNumber", "X1234"))
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        decide(UUID.randomUUID(), Map.of("decision", "CLOSE", "reasons", "停办"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.withRoles("FILING_OFFICER")).contentType("application/json")
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", nurseryWithFiling("SUBMITTED"))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyFilingOfficersDecide() {
        given().auth().oauth2(Tokens.withRoles("HANDLER")).contentType("application/json").body(Map.of("decision", "FILE"))
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", nurseryWithFiling("SUBMITTED"))
                .then().statusCode(403).contentType("application/problem+json");
    }
}
