package com.tuoyu.directory.nursery;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.tuoyu.directory.nursery.FilingFixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FilingDecisionTest {

    private static final Map<FilingDecision, Map<String, String>> BODIES = new EnumMap<>(Map.of(
            FilingDecision.FILE, Map.of("decision", "FILE", "filingNumber", "130803T0000"),
            FilingDecision.RETURN, Map.of("decision", "RETURN", "reasons", "材料不全"),
            FilingDecision.RESUBMIT, Map.of("decision", "RESUBMIT"),
            FilingDecision.REVOKE, Map.of("decision", "REVOKE", "reasons", "提供虚假材料"),
            FilingDecision.CLOSE, Map.of("decision", "CLOSE", "reasons", "举办者申请停办")));

    /** A fresh nursery whose filing has reached the status through legal decisions. */
    private static UUID nurseryIn(FilingStatus status) {
        UUID id = switch (status) {
            case SUBMITTED, RETURNED -> submitted("双滦区状态机测试" + UUID.randomUUID().toString().substring(0, 6), false, today());
            default -> filed("双滦区状态机测试" + UUID.randomUUID().toString().substring(0, 6));
        };
        switch (status) {
            case RETURNED -> decide(id, BODIES.get(FilingDecision.RETURN)).then().statusCode(200);
            case REVOKED -> decide(id, BODIES.get(FilingDecision.REVOKE)).then().statusCode(200);
            case CLOSED -> decide(id, BODIES.get(FilingDecision.CLOSE)).then().statusCode(200);
            default -> {
            }
        }
        return id;
    }

    @Test
    void everyDecisionTheStateMachineDoesNotAllowIsAConflictAndChangesNothing() {
        List<String> unexpected = new ArrayList<>();
        for (FilingStatus status : FilingStatus.values()) {
            UUID id = nurseryIn(status);
            long versionBefore = Database.count("select version from nursery where id = ?", id);
            for (FilingDecision decision : FilingDecision.values()) {
                if (decision.allowedFrom(status)) {
                    continue;
                }
                int code = decide(id, BODIES.get(decision)).then().extract().statusCode();
                if (code != 409) {
                    unexpected.add(decision + " from " + status + " -> " + code);
                }
            }
            assertThat(Database.rows("select status from filing where nursery_id = ?", id).get(0).get("status"))
                    .isEqualTo(status.name());
            assertThat(Database.count("select version from nursery where id = ?", id)).isEqualTo(versionBefore);
        }
        assertThat(unexpected).isEmpty();
        decide(nurseryIn(FilingStatus.RETURNED), Map.of("decision", "REVOKE", "reasons", "x"))
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("RETURNED"));
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflict() {
        UUID id = nurseryIn(FilingStatus.SUBMITTED);
        long version = given().auth().oauth2(officer()).get("/api/v1/admin/nurseries/{id}", id)
                .then().statusCode(200).extract().jsonPath().getLong("filing.version");
        decide(id, Map.of("decision", "RETURN", "reasons", "场地证明不符合要求", "version", version)).then().statusCode(200);
        decide(id, Map.of("decision", "RESUBMIT", "version", version))
                .then().statusCode(409).body("detail", containsString("重新加载"));
    }

    @Test
    void aFilingNumberIsGivenOnlyOnce() {
        UUID first = filed("双滦区编号测试" + UUID.randomUUID().toString().substring(0, 6));
        String taken = (String) Database.rows("select filing_number from filing where nursery_id = ?", first).get(0).get("filing_number");
        UUID second = nurseryIn(FilingStatus.SUBMITTED);
        uploadAll(second, ALL_KINDS);
        decide(second, Map.of("decision", "FILE", "filingNumber", taken))
                .then().statusCode(409).body("detail", containsString(taken));
    }

    @Test
    void returningWithoutPublicReasonsIsRefused() {
        decide(nurseryIn(FilingStatus.SUBMITTED), Map.of("decision", "RETURN"))
                .then().statusCode(400).body("errors[0].field", equalTo("reasons"));
    }

    @Test
    void malformedBodiesIdsAndDatesAreProblems() {
        UUID id = nurseryIn(FilingStatus.SUBMITTED);
        String officer = officer();
        given().auth().oauth2(officer).contentType("application/json").body("{\"decision\": ")
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", id)
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("请求正文格式错误"));
        decide(officer, id, Map.of("decision", "APPROVE"))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("decision"));
        decide(officer, "not-an-id", Map.of("decision", "FILE", "filingNumber", "X1234"))
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        decide(officer, UUID.randomUUID(), Map.of("decision", "CLOSE", "reasons", "停办"))
                .then().statusCode(404).contentType("application/problem+json");
        decide(officer, id, Map.of("decision", "RETURN", "reasons", "x", "decidedOn", today().plusDays(3).toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("decidedOn"));
        decide(officer, id, Map.of("decision", "RETURN", "reasons", "x", "decidedOn", today().minusYears(1).toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("decidedOn"));
        decide(officer, id, Map.of("decision", "RETURN", "reasons", "x", "decidedOn", "yesterday"))
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(officer).contentType("application/json")
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anOfficerOfAnotherDistrictFindsNoSuchNurseryAndOnlyFilingOfficersDecide() {
        UUID id = nurseryIn(FilingStatus.SUBMITTED);
        decide(outOfScopeOfficer(), id, Map.of("decision", "RETURN", "reasons", "x"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(outOfScopeOfficer()).get("/api/v1/admin/nurseries/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.withRoles("FILING_OFFICER")).get("/api/v1/admin/nurseries/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.staff("HANDLER", "h-" + UUID.randomUUID(), COUNTY)).contentType("application/json")
                .body(Map.of("decision", "FILE"))
                .when().post("/api/v1/admin/nurseries/{id}/filing/decisions", id)
                .then().statusCode(403).contentType("application/problem+json");
        decide(supervisor(), id, Map.of("decision", "RETURN", "reasons", "x")).then().statusCode(403);
        given().auth().oauth2(supervisor()).get("/api/v1/admin/nurseries/{id}", id).then().statusCode(200)
                .body("filing.status", equalTo("SUBMITTED"));
        assertThat(Database.count("select count(*) from audit_entry where subject_id = ? and action like 'FILING_%'", id.toString()))
                .isZero();
    }
}
