package com.tuoyu.directory.comparison;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.time.ClockProducer;
import com.tuoyu.directory.subsidy.SubsidyFixtures;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The public comparison (issue 18 point 2) of fresh nurseries in 进贤县. Expected figures are computed here from the
 * fee rows the test imported and the subsidy rows PostgreSQL holds for the county (the test's own reading of the
 * rule), never copied from the service's answer.
 */
@QuarkusTest
class NurseryComparisonTest {

    private static final String COUNTY = TestNurseries.TEST_COUNTY;
    private static final String PATH = "/api/v1/comparison";
    private static final int AGE = 20;
    /** The point distances are measured from (WGS-84), near the test nurseries' 28.56, 115.95. */
    private static final double LAT = 28.57;
    private static final double LNG = 115.94;

    private static final List<String> SUBSIDIES = new ArrayList<>();
    private static TestNurseries.Created cheap;
    private static TestNurseries.Created dear;
    private static TestNurseries.Created stale;

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    private final LocalDate today = LocalDate.now(ClockProducer.CHINA);

    /** Fee, meal fee and inclusive mark of each test nursery, as imported. */
    private record Imported(int fee, int meals, boolean inclusive) {
    }

    private static final Imported CHEAP = new Imported(1600, 300, true);
    private static final Imported DEAR = new Imported(2600, 400, false);
    private static final Imported STALE = new Imported(2100, 300, false);

    @BeforeAll
    static void county() {
        TestNurseries.ensureTestCounty();
    }

    /** Each test's subsidies go with it: the server is gone by the time an @AfterAll could delete them. */
    @AfterEach
    void removeSubsidies() {
        SUBSIDIES.forEach(id -> SubsidyFixtures.delete(id, "360100"));
        SUBSIDIES.clear();
    }

    private TestNurseries.Created nursery(Imported imported, int capacityAgeDays) {
        return TestNurseries.create(nurseries, disclosures, COUNTY, imported.inclusive(), true,
                List.of(new DisclosureImport.CapacityRow(AgeGroup.TODDLER, 15, 11, 3, today.minusDays(capacityAgeDays)),
                        new DisclosureImport.CapacityRow(AgeGroup.PRESCHOOL, 20, 12, 2, today.minusDays(capacityAgeDays))),
                List.of(new DisclosureImport.FeeRow(CareType.FULL_DAY, AgeGroup.TODDLER, imported.fee(), imported.meals(), today.minusDays(40)),
                        new DisclosureImport.FeeRow(CareType.FULL_DAY, AgeGroup.PRESCHOOL, imported.fee() - 200, imported.meals(), today.minusDays(40))),
                TestNurseries.basicPermits());
    }

    /** Two subsidies of the county for each test, and three nurseries made once for the class. */
    private synchronized void fixtures() {
        Map<String, Object> inclusiveOnly = SubsidyFixtures.entry(COUNTY, "进贤县普惠托位补贴（比较测试）", 150, "MONTH", today.minusDays(5), null);
        inclusiveOnly.put("inclusiveOnly", true);
        inclusiveOnly.put("careTypes", List.of("FULL_DAY"));
        SUBSIDIES.add(SubsidyFixtures.create(inclusiveOnly, "360100"));
        Map<String, Object> employer = SubsidyFixtures.entry(COUNTY, "进贤县用人单位托育津贴（比较测试）", 1200, "YEAR", today.minusDays(5), null);
        employer.put("parentChoice", "EMPLOYER_ALLOWANCE");
        SUBSIDIES.add(SubsidyFixtures.create(employer, "360100"));
        if (cheap != null) {
            return;
        }
        cheap = nursery(CHEAP, 3);
        dear = nursery(DEAR, 3);
        stale = nursery(STALE, 45);
        given().auth().oauth2(Tokens.staff("SUPERVISOR", "comparison-supervisor", "360100")).contentType("application/json")
                .body(Map.of("decidedOn", today.minusMonths(3).toString(), "decisionNumber", "进卫罚〔2026〕1号",
                        "authority", "进贤县卫生健康委员会", "violation", "超出备案托位数招收婴幼儿", "sanction", "警告"))
                .post("/api/v1/admin/nurseries/{id}/penalties", dear.id()).then().statusCode(201);
    }

    private String ids(TestNurseries.Created... created) {
        return String.join(",", java.util.Arrays.stream(created).map(c -> c.id().toString()).toList());
    }

    private Response compare(String query, String language) {
        return given().header("Accept-Language", language).get(PATH + "?" + query);
    }

    @Test
    void eachColumnHasTheFeeOfTheClassTheAgeJoinsAndTheCostAfterSubsidiesComputedFromTheRows() {
        fixtures();
        JsonPath json = compare("ids=" + ids(cheap, dear, stale) + "&ageMonths=" + AGE + "&employerAllowance=true"
                + "&lat=" + LAT + "&lng=" + LNG, "zh").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60").extract().jsonPath();
        assertThat(json.getInt("ageMonths")).isEqualTo(AGE);
        assertThat(json.getList("choices")).containsExactly("employerAllowance");
        assertThat(json.getString("estimateLabel")).startsWith("估算");
        assertThat(json.getList("nurseries.id")).containsExactly(cheap.id().toString(), dear.id().toString(), stale.id().toString());

        Map<UUID, Imported> imported = Map.of(cheap.id(), CHEAP, dear.id(), DEAR, stale.id(), STALE);
        List<String> estimateRow = json.getList("rows.find { it.key == 'estimate.FULL_DAY' }.values", String.class);
        List<String> feeRow = json.getList("rows.find { it.key == 'fee.FULL_DAY' }.values", String.class);
        for (int i = 0; i < 3; i++) {
            String column = "nurseries[" + i + "]";
            UUID id = UUID.fromString(json.getString(column + ".id"));
            Imported row = imported.get(id);
            // A 20-month-old joins the toddler class (12-24 months): its fee, not the cheaper preschool one.
            int fee = ((Number) Database.rows("select amount_yuan from fee where nursery_id = ? and care_type = 'FULL_DAY' "
                    + "and age_group = 'TODDLER'", id).get(0).get("amount_yuan")).intValue();
            assertThat(fee).isEqualTo(row.fee());
            int subsidies = SubsidyFixtures.countedMonthly(SubsidyFixtures.reaching(COUNTY, row.inclusive(), today), AGE, "FULL_DAY", true);
            int expected = Math.max(0, fee + row.meals() - subsidies);
            Map<String, Object> fullDay = json.getMap(column + ".careTypes.find { it.careType.code == 'FULL_DAY' }");
            assertThat(fullDay).containsEntry("amountYuan", fee).containsEntry("mealFeeYuan", row.meals())
                    .containsEntry("unit", "MONTH").containsEntry("subsidiesMonthlyYuan", subsidies)
                    .containsEntry("estimatedMonthlyCostYuan", expected);
            assertThat(json.getString(column + ".careTypes.find { it.careType.code == 'FULL_DAY' }.ageGroup.code")).isEqualTo("TODDLER");
            assertThat(feeRow.get(i)).contains(String.valueOf(fee)).contains("托小班");
            assertThat(estimateRow.get(i)).contains(String.valueOf(expected));
            // The page's own estimate for the same child, with the subsidies and their source, is in the column.
            assertThat(json.getBoolean(column + ".costEstimate.estimate")).isTrue();
            assertThat(json.getList(column + ".costEstimate.subsidies.source", String.class)).allMatch(s -> !s.isBlank());

            double metres = ListedNurseries.haversine(LAT, LNG, 28.56, 115.95);
            assertThat(json.getInt(column + ".distanceMetres")).isCloseTo((int) Math.round(metres), org.assertj.core.data.Offset.offset(1));
            assertThat(json.getInt(column + ".walkingMinutes")).isEqualTo((int) Math.ceil(metres * 1.3 / 80));
        }
        // The inclusive-only subsidy is counted at the inclusive nursery only: 150 yuan more off there.
        int atCheap = json.getInt("nurseries[0].careTypes[0].subsidiesMonthlyYuan");
        int atDear = json.getInt("nurseries[1].careTypes[0].subsidiesMonthlyYuan");
        assertThat(atCheap - atDear).isEqualTo(150);

        // Vacancies: the class for this age, and unknown once the figures are older than 30 days (as search).
        assertThat(json.getInt("nurseries[0].vacancies.count")).isEqualTo(4);
        assertThat(json.getBoolean("nurseries[2].vacancies.known")).isFalse();
        assertThat(json.getString("nurseries[2].vacancies.count")).isNull();
        assertThat(json.getList("rows.find { it.key == 'vacancies' }.values", String.class).get(2)).contains("未知");
        // Carer ratio of the toddler class: 11 children, 3 carers, standard 1:5.
        assertThat(json.getList("nurseries[0].carerRatios.ageGroup.code")).containsExactly("TODDLER");
        assertThat(json.getBoolean("nurseries[0].carerRatios[0].meetsStandard")).isTrue();
        assertThat(json.getInt("nurseries[1].penaltiesLast24Months")).isEqualTo(1);
        assertThat(json.getInt("nurseries[0].penaltiesLast24Months")).isZero();
        for (int i = 0; i < 3; i++) {
            long substantiated = Database.count("select count(*) from complaint where nursery_id = ? and finding in "
                    + "('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED') and resolved_at >= ?",
                    UUID.fromString(json.getString("nurseries[" + i + "].id")), Date.valueOf(today.minusMonths(24)));
            assertThat(json.getLong("nurseries[" + i + "].substantiatedComplaintsLast24Months")).isEqualTo(substantiated);
        }
    }

    @Test
    void rowsWhereTheNurseriesDifferAreMarkedAndOnlyThose() {
        fixtures();
        JsonPath json = compare("ids=" + ids(cheap, dear) + "&ageMonths=" + AGE, "zh").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = json.getList("rows");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) row.get("values");
            assertThat(values).hasSize(2);
            assertThat(row.get("differs")).as(row.get("key").toString()).isEqualTo(!values.get(0).equals(values.get(1)));
        }
        assertThat(json.getBoolean("rows.find { it.key == 'fee.FULL_DAY' }.differs")).isTrue();
        assertThat(json.getBoolean("rows.find { it.key == 'inclusive' }.differs")).isTrue();
        assertThat(json.getBoolean("rows.find { it.key == 'penaltiesLast24Months' }.differs")).isTrue();
        assertThat(json.getBoolean("rows.find { it.key == 'openingHours' }.differs")).isFalse();
        assertThat(json.getBoolean("rows.find { it.key == 'vacancies' }.differs")).isFalse();
        assertThat(json.getBoolean("rows.find { it.key == 'qualityGrade' }.differs")).isFalse();
        assertThat(json.getList("rows.key", String.class)).contains("meals.FULL_DAY", "oneOffFees", "carerRatios",
                "latestInspection", "substantiatedComplaintsLast24Months").doesNotContain("distance", "walkingTime");
    }

    @Test
    void twoToFourListedNurseriesEachOnceOrAProblemThatSaysWhatIsWrong() {
        fixtures();
        String one = cheap.id().toString();
        compare("ids=" + one + "&ageMonths=20", "zh").then().statusCode(400).body("errors.field", hasItem("ids"))
                .body("errors.message", hasItem(containsString("2 到 4")));
        String five = String.join(",", one, dear.id().toString(), stale.id().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        compare("ids=" + five + "&ageMonths=20", "en").then().statusCode(400)
                .body("errors.message", hasItem("must list 2 to 4 nurseries (got 5)"));
        compare("ids=" + one + "&ids=" + one + "&ageMonths=20", "zh").then().statusCode(400).body("errors.field", hasItem("ids"));
        compare("ids=" + one + ",not-an-id&ageMonths=20", "zh").then().statusCode(400).body("errors.field", hasItem("ids"));
        compare("ids=" + ids(cheap, dear), "zh").then().statusCode(400).body("errors.field", hasItem("ageMonths"));
        compare("ids=" + ids(cheap, dear) + "&ageMonths=3", "zh").then().statusCode(400).body("errors.field", hasItem("ageMonths"));
        compare("ids=" + ids(cheap, dear) + "&ageMonths=20&lat=28.5", "zh").then().statusCode(400).body("errors.field", hasItem("lng"));

        // Four is fine, repeated parameters as well as commas.
        compare("ids=" + ids(cheap, dear) + "&ids=" + stale.id() + "&ageMonths=20", "zh").then().statusCode(200)
                .body("nurseries.size()", equalTo(3));

        // An unlisted nursery is named, the listed ones are not.
        UUID unknown = UUID.randomUUID();
        UUID returned = Database.rows("select nursery_id from filing where status <> 'FILED' limit 1").stream()
                .map(r -> (UUID) r.get("nursery_id")).findFirst().orElse(UUID.randomUUID());
        compare("ids=" + one + "," + unknown + "," + returned + "&ageMonths=20", "en").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(unknown.toString())).body("detail", containsString(returned.toString()))
                .body("detail", not(containsString(one))).body("detail", containsString("not listed"));
    }

    @Test
    void theAnswerIsPublicCacheableAndAnswers304ToItsOwnTag() {
        fixtures();
        String query = "ids=" + ids(cheap, dear) + "&ageMonths=" + AGE;
        Response first = compare(query, "zh");
        first.then().statusCode(200).header("Cache-Control", "public, max-age=60")
                .header("Vary", containsString("Accept-Language"));
        String tag = first.header("ETag");
        assertThat(tag).startsWith("\"");
        given().header("If-None-Match", tag).get(PATH + "?" + query).then().statusCode(304).header("ETag", tag);
        // Another child's age, another language or another choice is another representation.
        assertThat(compare("ids=" + ids(cheap, dear) + "&ageMonths=30", "zh").header("ETag")).isNotEqualTo(tag);
        assertThat(compare(query, "en").header("ETag")).isNotEqualTo(tag);
        given().header("If-None-Match", "\"stale\"").get(PATH + "?" + query).then().statusCode(200);
    }

    @Test
    void labelsAndValuesAreEnglishWithAcceptLanguageEn() {
        fixtures();
        JsonPath json = compare("ids=" + ids(cheap, dear) + "&ageMonths=" + AGE + "&lat=" + LAT + "&lng=" + LNG, "en")
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("estimateLabel")).startsWith("Estimate:");
        assertThat(json.getString("rows.find { it.key == 'fee.FULL_DAY' }.label")).isEqualTo("Full-day fee");
        assertThat(json.getString("rows.find { it.key == 'estimate.FULL_DAY' }.label")).contains("(estimate)");
        assertThat(json.getList("rows.find { it.key == 'fee.FULL_DAY' }.values", String.class).get(0))
                .isEqualTo(CHEAP.fee() + " yuan a month (toddler)");
        assertThat(json.getString("rows.find { it.key == 'walkingTime' }.label")).isEqualTo("Walking time (estimate)");
        assertThat(json.getString("nurseries[0].costEstimate.label")).startsWith("Estimate:");
        assertThat(String.join("", json.getList("rows.label", String.class))).doesNotContainPattern("\\p{IsHan}");
    }
}
