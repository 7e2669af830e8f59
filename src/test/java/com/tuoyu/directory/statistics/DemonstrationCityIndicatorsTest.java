package com.tuoyu.directory.statistics;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.supervision.SeriousIncidents;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.TestNurseries;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Demonstration-city indicators (国卫人口发〔2021〕17号) per city and year, checked against the same figures computed
 * here with plain SQL per city, and the province's average against the province-wide SQL.
 */
@QuarkusTest
class DemonstrationCityIndicatorsTest {

    /**
     * Figures are compared with SQL over the whole database, which other tests also write straight into (no
     * version grown, so no change the caches could see): each test starts from this replica's cache emptied.
     */
    @jakarta.inject.Inject
    StatisticsCache statisticsCache;

    @org.junit.jupiter.api.BeforeEach
    void freshFigures() {
        statisticsCache.changedEverything();
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    /** The figures of one city (a code prefix of four digits) or province (two) for a year, in SQL. */
    private static Map<String, Object> expected(String prefix, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        Timestamp start = Timestamp.from(from.atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(until.atStartOfDay(CHINA).toInstant());
        String listed = "with listed as (select n.id, n.division_code, n.inclusive from nursery n "
                + "join filing f on f.nursery_id = n.id where f.status = 'FILED' and n.division_code like ? "
                + "and coalesce((select max(e.occurred_on) from filing_event e where e.filing_id = f.id "
                + "and e.to_status = 'FILED'), f.decided_on) < ?) ";
        String like = prefix + "%";
        Map<String, Object> row = new HashMap<>(Database.rows(listed + "select count(*) nurseries, "
                + "count(*) filter (where inclusive) inclusive from listed", like, until).get(0));
        row.putAll(Database.rows(listed + "select coalesce(sum(c.slots), 0) slots, coalesce(sum(c.enrolled), 0) enrolled, "
                + "coalesce(sum(c.slots) filter (where l.inclusive), 0) inclusive_slots, "
                + "coalesce(sum(c.slots) filter (where d.population is not null), 0) covered_slots "
                + "from listed l join capacity c on c.nursery_id = l.id join division d on d.code = l.division_code",
                like, until).get(0));
        row.putAll(Database.rows(listed + "select count(*) filter (where c.finding in ('SUBSTANTIATED', "
                + "'PARTLY_SUBSTANTIATED')) substantiated, count(c.rating) ratings, avg(c.rating) satisfaction "
                + "from listed l join complaint c on c.nursery_id = l.id where c.status = 'RESOLVED' "
                + "and c.resolved_at >= ? and c.resolved_at < ?", like, until, start, end).get(0));
        row.putAll(Database.rows(listed + "select count(*) serious from listed l join penalty p on p.nursery_id = l.id "
                + "where p.decided_on >= ? and p.decided_on < ? and p.sanction ~ ?", like, until, from, until,
                SeriousIncidents.GRAVEST_SANCTIONS).get(0));
        row.putAll(Database.rows("select count(*) counties, count(population) with_residents, "
                + "coalesce(sum(population), 0) residents, case when count(children_under_three) = count(*) "
                + "then sum(children_under_three) end children from division where level = 'COUNTY' and code like ?",
                like).get(0));
        return row;
    }

    private static long longOf(Map<String, Object> row, String key) {
        return row.get(key) == null ? 0 : ((Number) row.get(key)).longValue();
    }

    private static void assertFigures(JsonPath json, String path, Map<String, Object> sql, String what) {
        assertThat(json.getLong(path + ".filedNurseries")).as(what + " nurseries").isEqualTo(longOf(sql, "nurseries"));
        assertThat(json.getLong(path + ".inclusiveNurseries")).as(what).isEqualTo(longOf(sql, "inclusive"));
        long slots = longOf(sql, "slots");
        assertThat(json.getLong(path + ".slots")).as(what + " slots").isEqualTo(slots);
        assertThat(json.getLong(path + ".inclusiveSlots")).as(what).isEqualTo(longOf(sql, "inclusive_slots"));
        assertThat(json.getLong(path + ".enrolled")).as(what).isEqualTo(longOf(sql, "enrolled"));
        long residents = longOf(sql, "residents");
        assertThat(json.getLong(path + ".residents")).as(what + " residents").isEqualTo(residents);
        assertThat(json.getLong(path + ".residentsCoverage.counties")).as(what).isEqualTo(longOf(sql, "counties"));
        assertThat(json.getLong(path + ".residentsCoverage.countiesWithResidents")).as(what)
                .isEqualTo(longOf(sql, "with_residents"));
        assertThat(json.getLong(path + ".residentsCoverage.slots")).as(what).isEqualTo(longOf(sql, "covered_slots"));
        if (residents == 0) {
            assertThat(json.get(path + ".slotsPerThousandResidents") == null).as(what).isTrue();
        } else {
            assertThat(json.getDouble(path + ".slotsPerThousandResidents")).as(what + " per 1,000")
                    .isCloseTo(longOf(sql, "covered_slots") * 1000.0 / residents, within(1e-4));
        }
        if (slots > 0) {
            assertThat(json.getDouble(path + ".occupancy")).as(what + " occupancy")
                    .isCloseTo(longOf(sql, "enrolled") / (double) slots, within(1e-4));
            assertThat(json.getDouble(path + ".inclusiveShareOfSlots")).as(what)
                    .isCloseTo(longOf(sql, "inclusive_slots") / (double) slots, within(1e-4));
            assertThat(json.getDouble(path + ".substantiatedComplaintsPerHundredSlots")).as(what)
                    .isCloseTo(longOf(sql, "substantiated") * 100.0 / slots, within(1e-4));
        }
        Object children = sql.get("children");
        if (children == null) {
            assertThat(json.get(path + ".childEnrolmentRate") == null).as(what + " enrolment rate").isTrue();
        } else {
            assertThat(json.getDouble(path + ".childEnrolmentRate")).as(what + " enrolment rate")
                    .isCloseTo(longOf(sql, "enrolled") / ((Number) children).doubleValue(), within(1e-4));
            assertThat(json.getBoolean(path + ".childEnrolmentRateEstimated")).isTrue();
        }
        assertThat(json.getLong(path + ".substantiatedComplaints")).as(what).isEqualTo(longOf(sql, "substantiated"));
        assertThat(json.getLong(path + ".complaintRatings")).as(what).isEqualTo(longOf(sql, "ratings"));
        if (longOf(sql, "ratings") > 0) {
            assertThat(json.getDouble(path + ".satisfaction")).as(what + " satisfaction")
                    .isCloseTo(((Number) sql.get("satisfaction")).doubleValue(), within(1e-4));
        } else {
            assertThat(json.get(path + ".satisfaction") == null).as(what).isTrue();
        }
        assertThat(json.getLong(path + ".seriousIncidents")).as(what + " serious").isEqualTo(longOf(sql, "serious"));
    }

    @Test
    void everyCityOfAProvinceMatchesSqlAndIsRankedBesideTheProvincesAverage() {
        int year = LocalDate.now(CHINA).getYear();
        for (String province : List.of("360000", "620000")) {
            JsonPath ranking = given().queryParam("year", year)
                    .get("/api/v1/divisions/{code}/indicators/ranking", province).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=60").extract().jsonPath().using(DOUBLES);
            String p2 = province.substring(0, 2);
            long cities = Database.count("select count(*) from division where level = 'CITY' and code like ?", p2 + "%");
            assertThat(ranking.getInt("year")).isEqualTo(year);
            assertThat(ranking.getInt("province.cities")).isEqualTo((int) cities);
            assertThat(ranking.getList("cities")).hasSize((int) cities);
            Map<String, Object> provinceSql = expected(p2, year);
            assertFigures(ranking, "province.figures", provinceSql, province);
            assertThat(ranking.getDouble("province.filedNurseriesPerCity"))
                    .isCloseTo(longOf(provinceSql, "nurseries") / (double) cities, within(1e-4));

            Double previous = Double.MAX_VALUE;
            boolean withoutResidents = false;
            for (int i = 0; i < cities; i++) {
                String path = "cities[" + i + "]";
                String code = ranking.getString(path + ".code");
                assertThat(ranking.getInt(path + ".rank")).isEqualTo(i + 1);
                assertFigures(ranking, path + ".figures", expected(code.substring(0, 4), year), code);
                Object perThousand = ranking.get(path + ".figures.slotsPerThousandResidents");
                if (perThousand == null) {
                    withoutResidents = true;
                } else {
                    assertThat(withoutResidents).as("a city without residents ranks after those with").isFalse();
                    assertThat((Double) perThousand).as("ranked by slots per 1,000").isLessThanOrEqualTo(previous);
                    previous = (Double) perThousand;
                    assertThat(ranking.getBoolean(path + ".slotsPerThousandResidentsAtOrAboveProvince"))
                            .isEqualTo((Double) perThousand >= ranking.getDouble("province.figures.slotsPerThousandResidents"));
                }
                assertThat(ranking.getBoolean(path + ".filedNurseriesAtOrAboveProvince")).isEqualTo(
                        ranking.getLong(path + ".figures.filedNurseries") >= ranking.getDouble("province.filedNurseriesPerCity"));
            }
        }
    }

    @Test
    void aCityForAPastYearCountsOnlyWhatWasFiledByItsEndBesideItsProvince() {
        int year = LocalDate.now(CHINA).getYear() - 1;
        JsonPath report = given().queryParam("year", year).get("/api/v1/divisions/{code}/indicators", "620100")
                .then().statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(report.getString("city.code")).isEqualTo("620100");
        assertThat(report.getString("city.name")).isEqualTo("兰州市");
        assertThat(report.getString("province.code")).isEqualTo("620000");
        assertFigures(report, "city.figures", expected("6201", year), "兰州市 " + year);
        assertFigures(report, "province.figures", expected("62", year), "甘肃省 " + year);
        assertThat(report.getDouble("city.figures.slotsPerThousandResidentsTarget")).isEqualTo(4.5);
    }

    @Test
    void aPenaltyOfTheGravestKindIsASeriousIncidentAndAWarningIsNot() {
        TestNurseries.ensureTestCounty();
        TestNurseries.Created created = TestNurseries.create(nurseries, disclosures, TestNurseries.TEST_COUNTY, false,
                false, TestNurseries.toddlers(15, 10, 3), List.of(), TestNurseries.basicPermits());
        int year = LocalDate.now(CHINA).getYear();
        long before = given().get("/api/v1/divisions/{code}/indicators", "360100").then().statusCode(200)
                .extract().jsonPath().getLong("city.figures.seriousIncidents");
        String supervisor = Tokens.staff("SUPERVISOR", "supervisor-" + UUID.randomUUID(), TestNurseries.TEST_COUNTY);
        String today = LocalDate.now(CHINA).toString();
        for (String sanction : List.of("吊销备案，责令停止托育服务", "警告")) {
            given().auth().oauth2(supervisor).contentType("application/json")
                    .body(Map.of("decidedOn", today, "decisionNumber", "进卫罚〔" + year + "〕" + sanction.length() + "号",
                            "authority", "进贤县卫生健康委员会", "violation", "虐童事件", "sanction", sanction))
                    .post("/api/v1/admin/nurseries/{id}/penalties", created.id()).then().statusCode(201);
        }
        // Public within the 2 seconds of the freshness rule (the figures are cached and follow the nursery's version).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(2)).pollInterval(java.time.Duration.ofMillis(50))
                .untilAsserted(() -> {
                    JsonPath after = given().get("/api/v1/divisions/{code}/indicators", "360100").then().statusCode(200)
                            .extract().jsonPath();
                    assertThat(after.getLong("city.figures.seriousIncidents")).isEqualTo(before + 1);
                    assertThat(after.getBoolean("city.noSeriousIncidents")).isFalse();
                });
    }

    @Test
    void aDivisionOfAnotherLevelOrAYearOutOfRangeIsRefusedAsAProblem() {
        given().get("/api/v1/divisions/{code}/indicators", "360102").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/divisions/{code}/indicators/ranking", "360100").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("year", 2019).get("/api/v1/divisions/{code}/indicators", "360100").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/divisions/{code}/indicators/ranking", "990000").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
