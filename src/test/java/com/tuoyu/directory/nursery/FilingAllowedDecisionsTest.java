package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console's filing page and queue read: the decisions the filing's status allows (from the state machine on
 * FilingDecision, never a list kept in the console) and both deadlines counted in working days.
 */
@QuarkusTest
class FilingAllowedDecisionsTest {

    @Test
    void eachStatusOffersOnlyTheDecisionsItsTransitionsAllow() {
        UUID id = FilingFixtures.submitted("双滦区可选决定托育园", false, FilingFixtures.today().minusDays(30));
        JsonPath submitted = filing(id);
        assertThat(submitted.getList("filing.allowedDecisions.decision")).containsExactly("FILE", "RETURN");
        assertThat(submitted.getList("filing.allowedDecisions.label")).containsExactly("出具备案回执", "告知不符合设置标准（退回）");
        assertThat(submitted.getList("filing.allowedDecisions.needsFilingNumber")).containsExactly(true, false);
        assertThat(submitted.getList("filing.allowedDecisions.needsPublicReasons")).containsExactly(false, true);
        // Submitted 30 days ago: both deadlines have passed, counted in working days as negative numbers.
        assertThat(submitted.getInt("filing.receiptWorkingDaysLeft")).isNegative();
        assertThat(submitted.getInt("filing.returnWorkingDaysLeft")).isNegative()
                .isGreaterThan(submitted.getInt("filing.receiptWorkingDaysLeft"));

        FilingFixtures.decide(id, Map.of("decision", "RETURN", "reasons", "场地证明缺失")).then().statusCode(200);
        JsonPath returned = filing(id);
        assertThat(returned.getList("filing.allowedDecisions.decision")).containsExactly("RESUBMIT");
        assertThat(returned.getString("filing.receiptWorkingDaysLeft")).isNull();

        UUID filed = FilingFixtures.filed("双滦区已备案可选决定托育园");
        assertThat(filing(filed).getList("filing.allowedDecisions.decision")).containsExactly("REVOKE", "CLOSE");
    }

    @Test
    void theQueueShowsBothDeadlinesInWorkingDaysWithTheOverdueFirst() {
        UUID late = FilingFixtures.submitted("双滦区逾期队列托育园", false, FilingFixtures.today().minusDays(40));
        UUID fresh = FilingFixtures.submitted("双滦区新队列托育园", false, FilingFixtures.today());
        List<Map<String, Object>> queue = given().auth().oauth2(FilingFixtures.officer())
                .queryParam("status", "SUBMITTED").queryParam("size", 100).get("/api/v1/admin/nurseries")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<String> ids = queue.stream().map(row -> (String) row.get("id")).toList();
        assertThat(ids.indexOf(late.toString())).isNotNegative().isLessThan(ids.indexOf(fresh.toString()));
        Map<String, Object> freshRow = queue.get(ids.indexOf(fresh.toString()));
        // Submitted today: the review counts 5 and 15 working days after today; today is left to work too when it is a
        // working day.
        int today = new WorkingDayCalendar().isWorkingDay(FilingFixtures.today()) ? 1 : 0;
        assertThat(freshRow).containsEntry("receiptWorkingDaysLeft", 5 + today).containsEntry("returnWorkingDaysLeft", 15 + today)
                .containsEntry("overdue", false).containsEntry("materialsComplete", false)
                .containsKeys("receiptDueAt", "returnDueAt");
        assertThat(queue.get(ids.indexOf(late.toString()))).containsEntry("overdue", true);
    }

    private static JsonPath filing(UUID id) {
        return given().auth().oauth2(FilingFixtures.officer()).get("/api/v1/admin/nurseries/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }
}
