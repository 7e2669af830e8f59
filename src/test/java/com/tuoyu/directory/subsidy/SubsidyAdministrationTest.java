package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.time.ClockProducer;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Subsidies kept by supervisors (issue 18 point 4): the admin API, its scope and audit, which subsidies reach a
 * nursery by division and date, and the cost estimate on the public nursery page. Every subsidy a test records is
 * deleted at its end, so no other test's page sees it.
 */
@QuarkusTest
class SubsidyAdministrationTest {

    private static final String COUNTY = TestNurseries.TEST_COUNTY;

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    private final LocalDate today = LocalDate.now(ClockProducer.CHINA);

    @BeforeAll
    static void county() {
        TestNurseries.ensureTestCounty();
    }

    private TestNurseries.Created nursery(String division, boolean inclusive, int fee, int meals) {
        return TestNurseries.create(nurseries, disclosures, division, inclusive, true,
                List.of(new DisclosureImport.CapacityRow(AgeGroup.TODDLER, 15, 10, 3, today.minusDays(3))),
                List.of(new DisclosureImport.FeeRow(CareType.FULL_DAY, AgeGroup.TODDLER, fee, meals, today.minusDays(40))),
                TestNurseries.basicPermits());
    }

    private static JsonPath page(Object id, String query, String language) {
        return given().header("Accept-Language", language).get("/api/v1/nurseries/" + id + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSupervisorRecordsListsCorrectsAndDeletesASubsidyAndEveryStepIsAudited() {
        Map<String, Object> entry = SubsidyFixtures.entry(COUNTY, "进贤县普惠托位补贴", 150, "MONTH", today.minusDays(10), null);
        entry.put("inclusiveOnly", true);
        entry.put("careTypes", List.of("FULL_DAY"));
        String id = SubsidyFixtures.supervisor("360100").body(entry).post("/api/v1/admin/subsidies").then().statusCode(201)
                .header("Location", startsWith("/api/v1/admin/subsidies/"))
                .body("state", equalTo("IN_FORCE")).body("monthlyYuan", equalTo(150)).body("recordedBy", equalTo("subsidy-supervisor"))
                .extract().path("id");
        try {
            SubsidyFixtures.supervisor("360100").get("/api/v1/admin/subsidies?division=360100").then().statusCode(200)
                    .body("id", hasItem(id));
            entry.put("amountYuan", 180);
            entry.put("validTo", today.plusMonths(6).toString());
            SubsidyFixtures.supervisor("360100").body(entry).put("/api/v1/admin/subsidies/" + id).then().statusCode(200)
                    .body("amountYuan", equalTo(180)).body("validTo", equalTo(today.plusMonths(6).toString()))
                    .body("version", equalTo(1));
            SubsidyFixtures.supervisor("360100").get("/api/v1/admin/subsidies/" + id).then().statusCode(200)
                    .body("careTypes", equalTo(List.of("FULL_DAY"))).body("inclusiveOnly", equalTo(true));
        } finally {
            SubsidyFixtures.delete(id, "360100");
        }
        SubsidyFixtures.supervisor("360100").get("/api/v1/admin/subsidies/" + id).then().statusCode(404);
        List<Map<String, Object>> audit = Database.rows("select action, before_state, after_state from audit_entry "
                + "where subject_type = 'subsidy' and subject_id = ? order by id", id);
        assertThat(audit).extracting(a -> a.get("action")).containsExactly("SUBSIDY_CREATED", "SUBSIDY_CHANGED", "SUBSIDY_DELETED");
        assertThat((String) audit.get(1).get("before_state")).contains("\"amountYuan\":150");
        assertThat((String) audit.get(1).get("after_state")).contains("\"amountYuan\":180");
        assertThat(audit.get(2).get("after_state")).isNull();
    }

    @Test
    void aSupervisorOutsideTheDivisionIsRefusedAndOtherRolesAreForbidden() {
        String id = SubsidyFixtures.create(SubsidyFixtures.entry(COUNTY, "进贤县范围测试补贴", 100, "MONTH", today, null), "360100");
        try {
            String lanzhou = "620100";
            SubsidyFixtures.supervisor(lanzhou).body(SubsidyFixtures.entry(COUNTY, "越权补贴", 100, "MONTH", today, null))
                    .post("/api/v1/admin/subsidies").then().statusCode(404)
                    .body("detail", containsString(COUNTY));
            SubsidyFixtures.supervisor(lanzhou).get("/api/v1/admin/subsidies/" + id).then().statusCode(404);
            SubsidyFixtures.supervisor(lanzhou).body(SubsidyFixtures.entry(lanzhou.substring(0, 4) + "02", "挪走", 1, "MONTH", today, null))
                    .put("/api/v1/admin/subsidies/" + id).then().statusCode(404);
            SubsidyFixtures.supervisor(lanzhou).delete("/api/v1/admin/subsidies/" + id).then().statusCode(404);
            SubsidyFixtures.supervisor(lanzhou).get("/api/v1/admin/subsidies?division=360100").then().statusCode(404);
            // A city supervisor cannot record a national subsidy, nor move one of theirs out of their city.
            SubsidyFixtures.supervisor("360100").body(SubsidyFixtures.entry("100000", "全国补贴", 100, "YEAR", today, null))
                    .post("/api/v1/admin/subsidies").then().statusCode(404);
            SubsidyFixtures.supervisor("360100").body(SubsidyFixtures.entry("620102", "挪走", 1, "MONTH", today, null))
                    .put("/api/v1/admin/subsidies/" + id).then().statusCode(404);
            given().auth().oauth2(Tokens.staff("FILING_OFFICER", "subsidy-officer", "360100")).contentType("application/json")
                    .body(SubsidyFixtures.entry(COUNTY, "无权", 1, "MONTH", today, null))
                    .post("/api/v1/admin/subsidies").then().statusCode(403);
            given().get("/api/v1/admin/subsidies?division=360100").then().statusCode(401);
            // Still there, unchanged.
            SubsidyFixtures.supervisor("360100").get("/api/v1/admin/subsidies/" + id).then().statusCode(200)
                    .body("amountYuan", equalTo(100)).body("divisionCode", equalTo(COUNTY));
        } finally {
            SubsidyFixtures.delete(id, "360100");
        }
    }

    @Test
    void inconsistentDatesOrAgesAndUnknownDivisionsAreProblemsInTheCallersLanguage() {
        Map<String, Object> backwards = SubsidyFixtures.entry(COUNTY, "日期颠倒", 100, "MONTH", today, today.minusDays(1));
        SubsidyFixtures.supervisor("360100").header("Accept-Language", "en").body(backwards).post("/api/v1/admin/subsidies")
                .then().statusCode(422).body("errors.field", hasItem("validTo"))
                .body("detail", equalTo("The subsidy's dates or age range do not hold together."));
        Map<String, Object> ages = SubsidyFixtures.entry(COUNTY, "年龄颠倒", 100, "MONTH", today, null);
        ages.put("minAgeMonths", 24);
        ages.put("maxAgeMonths", 12);
        SubsidyFixtures.supervisor("360100").body(ages).post("/api/v1/admin/subsidies")
                .then().statusCode(422).body("errors.field", hasItem("maxAgeMonths")).body("detail", containsString("年龄"));
        SubsidyFixtures.supervisor("360100").body(SubsidyFixtures.entry("360199", "没有的区划", 100, "MONTH", today, null))
                .post("/api/v1/admin/subsidies").then().statusCode(422).body("errors.field", hasItem("divisionCode"));
        Map<String, Object> noAmount = SubsidyFixtures.entry(COUNTY, "没有金额", 100, "MONTH", today, null);
        noAmount.remove("amountYuan");
        SubsidyFixtures.supervisor("360100").body(noAmount).post("/api/v1/admin/subsidies")
                .then().statusCode(400).body("errors.field", hasItem("amountYuan"));
    }

    @Test
    void aSubsidyReachesNurseriesOfItsDivisionAndBelowOnlyWhileInForce() {
        TestNurseries.Created plain = nursery(COUNTY, false, 2000, 300);
        TestNurseries.Created inclusive = nursery(COUNTY, true, 1600, 300);
        String city = SubsidyFixtures.create(SubsidyFixtures.entry("360100", "南昌市托育补贴（测试）", 100, "MONTH", today.minusDays(1), null), "360100");
        String otherCounty = SubsidyFixtures.create(SubsidyFixtures.entry("360121", "南昌县托育补贴（测试）", 110, "MONTH", today.minusDays(1), null), "360100");
        String ended = SubsidyFixtures.create(SubsidyFixtures.entry(COUNTY, "已结束的补贴", 120, "MONTH", today.minusYears(1), today.minusDays(1)), "360100");
        String lastDay = SubsidyFixtures.create(SubsidyFixtures.entry(COUNTY, "今天最后一天的补贴", 130, "MONTH", today.minusYears(1), today), "360100");
        String scheduled = SubsidyFixtures.create(SubsidyFixtures.entry(COUNTY, "明天开始的补贴", 140, "MONTH", today.plusDays(1), null), "360100");
        Map<String, Object> inclusiveEntry = SubsidyFixtures.entry(COUNTY, "普惠托位补贴（测试）", 150, "MONTH", today.minusDays(1), null);
        inclusiveEntry.put("inclusiveOnly", true);
        String inclusiveOnly = SubsidyFixtures.create(inclusiveEntry, "360100");
        String lanzhou = SubsidyFixtures.create(SubsidyFixtures.entry("620100", "兰州市补贴（测试）", 160, "MONTH", today.minusDays(1), null), "620100");
        try {
            List<String> atPlain = page(plain.id(), "", "zh").getList("costEstimate.subsidies.id");
            assertThat(atPlain).contains(city, lastDay, "5b0c7a8e-2f4d-4c41-9d2e-000000000001")
                    .doesNotContain(otherCounty, ended, scheduled, inclusiveOnly, lanzhou);
            List<String> atInclusive = page(inclusive.id(), "", "zh").getList("costEstimate.subsidies.id");
            assertThat(atInclusive).contains(city, lastDay, inclusiveOnly).doesNotContain(otherCounty, ended, scheduled, lanzhou);

            // The estimate counts exactly the rows the test's own reading of the rule says reach each nursery.
            for (TestNurseries.Created n : List.of(plain, inclusive)) {
                boolean isInclusive = n == inclusive;
                int fee = isInclusive ? 1600 : 2000;
                int subsidies = SubsidyFixtures.countedMonthly(SubsidyFixtures.reaching(COUNTY, isInclusive, today), 20, "FULL_DAY", false);
                JsonPath json = page(n.id(), "?ageMonths=20", "zh");
                assertThat(json.getInt("costEstimate.classes[0].subsidiesMonthlyYuan")).isEqualTo(subsidies);
                assertThat(json.getInt("costEstimate.classes[0].estimatedMonthlyCostYuan")).isEqualTo(Math.max(0, fee + 300 - subsidies));
            }
        } finally {
            for (String id : List.of(city, otherCounty, ended, lastDay, scheduled, inclusiveOnly)) {
                SubsidyFixtures.delete(id, "360100");
            }
            SubsidyFixtures.delete(lanzhou, "620100");
        }
    }

    @Test
    void theNurseryPageShowsTheSeededSubsidiesWithTheirSourceAndCountsTheEmployerAllowanceOnlyWhenTheParentSaysSo() {
        // 忻府区, 忻州市: the national 育儿补贴 and Xinzhou's employer allowance (seed 002) reach it from the migration.
        TestNurseries.Created n = nursery("140902", false, 1800, 250);
        JsonPath without = page(n.id(), "", "zh");
        assertThat(without.getBoolean("costEstimate.estimate")).isTrue();
        assertThat(without.getString("costEstimate.label")).startsWith("估算");
        Map<String, Object> national = without.getMap("costEstimate.subsidies.find { it.divisionCode == '100000' }");
        assertThat(national).containsEntry("name", "国家育儿补贴").containsEntry("amountYuan", 3600)
                .containsEntry("monthlyYuan", 300).containsEntry("counted", true);
        assertThat((String) national.get("source")).contains("育儿补贴制度实施方案");
        Map<String, Object> employer = without.getMap("costEstimate.subsidies.find { it.divisionCode == '140900' }");
        assertThat(employer).containsEntry("monthlyYuan", 200).containsEntry("counted", false)
                .containsEntry("choiceParameter", "employerAllowance");
        assertThat((String) employer.get("source")).contains("忻州市");
        assertThat((String) employer.get("notCountedBecause")).contains("employerAllowance=true");

        List<SubsidyFixtures.Row> reaching = SubsidyFixtures.reaching("140902", false, today);
        int plain = SubsidyFixtures.countedMonthly(reaching, 20, "FULL_DAY", false);
        int withEmployer = SubsidyFixtures.countedMonthly(reaching, 20, "FULL_DAY", true);
        assertThat(withEmployer - plain).isEqualTo(200);
        assertThat(without.getInt("costEstimate.classes[0].estimatedMonthlyCostYuan")).isEqualTo(1800 + 250 - plain);
        JsonPath with = page(n.id(), "?ageMonths=20&employerAllowance=true", "zh");
        assertThat(with.getInt("costEstimate.classes[0].monthlyFeeYuan")).isEqualTo(1800);
        assertThat(with.getInt("costEstimate.classes[0].estimatedMonthlyCostYuan")).isEqualTo(1800 + 250 - withEmployer);
        assertThat(with.getList("costEstimate.choices")).containsExactly("employerAllowance");
        assertThat(with.getBoolean("costEstimate.subsidies.find { it.divisionCode == '140900' }.counted")).isTrue();

        // English labels with Accept-Language: en; the figures are the same.
        JsonPath english = page(n.id(), "?ageMonths=20&employerAllowance=true", "en");
        assertThat(english.getString("costEstimate.label")).startsWith("Estimate:");
        assertThat(english.getString("costEstimate.subsidies.find { it.divisionCode == '100000' }.name")).isEqualTo("National childcare subsidy");
        assertThat(english.getList("costEstimate.subsidies.find { it.divisionCode == '100000' }.conditions", String.class))
                .contains("Children under 3");
        assertThat(english.getInt("costEstimate.classes[0].estimatedMonthlyCostYuan")).isEqualTo(1800 + 250 - withEmployer);
        given().header("Accept-Language", "en").get("/api/v1/nurseries/" + n.id()).then().statusCode(200)
                .header("Vary", containsString("Accept-Language"));

        // Bad choices are problems, not silently ignored.
        given().get("/api/v1/nurseries/" + n.id() + "?employerAllowance=yes").then().statusCode(400)
                .body("errors.field", hasItem("employerAllowance"));
        given().get("/api/v1/nurseries/" + n.id() + "?ageMonths=40").then().statusCode(400)
                .body("errors.field", hasItem("ageMonths")).body("errors.field", not(hasItem("employerAllowance")));
    }
}
