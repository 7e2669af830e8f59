package com.tuoyu.directory.statistics;

import com.tuoyu.directory.division.DivisionDataLoader;

import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Public statistics per division, against the same figures counted from PostgreSQL with plain SQL. */
@QuarkusTest
class DivisionStatisticsTest {

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

    private static String prefix(String code) {
        return code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code;
    }

    @Test
    void countyCityAndProvinceFiguresMatchCountsComputedFromTheDatabase() {
        for (String code : List.of("360102", "360100", "360000", "620100")) {
            String like = prefix(code) + "%";
            JsonPath stats = given().get("/api/v1/divisions/{code}/statistics", code).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=60").extract().jsonPath().using(DOUBLES);

            String listed = "from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' and n.division_code like ?";
            long nurseries = Database.count("select count(*) " + listed, like);
            long inclusive = Database.count("select count(*) " + listed + " and n.inclusive", like);
            Map<String, Object> capacity = Database.rows("select coalesce(sum(c.slots), 0) slots, coalesce(sum(c.enrolled), 0) enrolled, "
                    + "coalesce(sum(c.slots) filter (where n.inclusive), 0) inclusive_slots "
                    + "from capacity c join nursery n on n.id = c.nursery_id join filing f on f.nursery_id = n.id "
                    + "where f.status = 'FILED' and n.division_code like ?", like).get(0);
            long slots = ((Number) capacity.get("slots")).longValue();
            long enrolled = ((Number) capacity.get("enrolled")).longValue();
            long inclusiveSlots = ((Number) capacity.get("inclusive_slots")).longValue();
            java.sql.Timestamp since = java.sql.Timestamp.from(LocalDate.now(CHINA).minusMonths(12).atStartOfDay(CHINA).toInstant());
            long complaints = Database.count("select count(*) from complaint c join nursery n on n.id = c.nursery_id "
                    + "join filing f on f.nursery_id = n.id where f.status = 'FILED' and n.division_code like ? "
                    + "and c.status = 'RESOLVED' and c.finding in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED') and c.resolved_at >= ?",
                    like, since);
            // Children under three only when every county has them; residents and the ratio per resident over the
            // counties whose residents are known, with their slots.
            Map<String, Object> people = Database.rows("select count(*) counties, count(population) with_residents, "
                    + "sum(population) residents, case when count(children_under_three) = count(*) "
                    + "then sum(children_under_three) end children from division where level = 'COUNTY' and code like ?",
                    like).get(0);
            long residents = ((Number) people.get("residents")).longValue();
            Long children = people.get("children") == null ? null : ((Number) people.get("children")).longValue();
            long coveredSlots = Database.count("select coalesce(sum(c.slots), 0) from capacity c join nursery n on n.id = c.nursery_id "
                    + "join filing f on f.nursery_id = n.id join division d on d.code = n.division_code "
                    + "where f.status = 'FILED' and n.division_code like ? and d.population is not null", like);
            int counties = ((Number) people.get("counties")).intValue();
            int withResidents = ((Number) people.get("with_residents")).intValue();

            assertThat(stats.getInt("counties")).as(code).isEqualTo(counties);
            assertThat(stats.getInt("residentsCoverage.counties")).as(code).isEqualTo(counties);
            assertThat(stats.getInt("residentsCoverage.countiesWithResidents")).as(code).isEqualTo(withResidents);
            assertThat(stats.getLong("residentsCoverage.slots")).as(code).isEqualTo(coveredSlots);
            assertThat(stats.getBoolean("wholeArea")).as(code).isEqualTo(withResidents == counties);
            assertThat(stats.getLong("residents")).as(code).isEqualTo(residents);
            assertThat(stats.get("childrenUnderThree") == null ? null : stats.getLong("childrenUnderThree")).as(code)
                    .isEqualTo(children);
            assertThat(stats.getLong("filedNurseries")).as(code).isEqualTo(nurseries).isPositive();
            assertThat(stats.getLong("inclusiveNurseries")).as(code).isEqualTo(inclusive);
            assertThat(stats.getLong("slots")).as(code).isEqualTo(slots);
            assertThat(stats.getLong("inclusiveSlots")).as(code).isEqualTo(inclusiveSlots);
            assertThat(stats.getLong("enrolled")).as(code).isEqualTo(enrolled);
            assertThat(stats.getLong("substantiatedComplaintsLast12Months")).as(code).isEqualTo(complaints);
            double perThousand = coveredSlots * 1000.0 / residents;
            assertThat(stats.getDouble("slotsPerThousandResidents")).as(code).isCloseTo(perThousand, within(1e-4));
            assertThat(stats.getDouble("slotsPerThousandResidentsTarget")).isEqualTo(4.5);
            assertThat(stats.getBoolean("targetMet")).as(code).isEqualTo(perThousand >= 4.5);
            assertThat(stats.getDouble("inclusiveShareOfNurseries")).as(code).isCloseTo(inclusive / (double) nurseries, within(1e-4));
            assertThat(stats.getDouble("inclusiveShareOfSlots")).as(code).isCloseTo(inclusiveSlots / (double) slots, within(1e-4));
            // Occupancy is enrolled per slot; the deprecated enrolmentRate keeps that value in v1 (it was misnamed).
            assertThat(stats.getDouble("occupancy")).as(code).isCloseTo(enrolled / (double) slots, within(1e-4));
            assertThat(stats.getDouble("enrolmentRate")).as(code).isEqualTo(stats.getDouble("occupancy"));
            if (children == null) {
                assertThat(stats.get("childEnrolmentRate") == null).as(code).isTrue();
                assertThat(stats.get("childrenUnderThreeEstimated") == null).as(code).isTrue();
            } else {
                // 入托率: children in care per child under three, an estimate since those children are estimated.
                assertThat(stats.getDouble("childEnrolmentRate")).as(code).isCloseTo(enrolled / (double) children, within(1e-4));
                assertThat(stats.getBoolean("childrenUnderThreeEstimated")).as(code).isTrue();
            }
            if (children == null) {
                assertThat(stats.get("slotsPerHundredChildrenUnderThree") == null).as(code).isTrue();
            } else {
                assertThat(stats.getDouble("slotsPerHundredChildrenUnderThree")).as(code)
                        .isCloseTo(slots * 100.0 / children, within(1e-4));
            }
            assertThat(stats.getDouble("substantiatedComplaintsPerHundredSlots")).as(code)
                    .isCloseTo(complaints * 100.0 / slots, within(1e-4));
        }
    }

    @Test
    void childrenUnderThreeComeFromTheDivisionsDataFile() {
        List<DivisionDataLoader.Row> rows = DivisionDataLoader.read();
        // Tests may add a county of their own; every division of the file must be there as the file says.
        assertThat(rows).hasSizeLessThanOrEqualTo((int) Database.count("select count(*) from division"));
        for (DivisionDataLoader.Row row : rows) {
            Map<String, Object> stored = Database.rows("select children_under_three, population from division where code = ?",
                    row.code()).get(0);
            assertThat(stored.get("children_under_three")).as(row.code()).isEqualTo(row.childrenUnderThree());
            assertThat(stored.get("population")).as(row.code()).isEqualTo(row.population());
        }
    }

    @Test
    void anUnknownDivisionIs404AndAMalformedCodeIs400() {
        given().get("/api/v1/divisions/{code}/statistics", "999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/divisions/{code}/statistics", "36010").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
