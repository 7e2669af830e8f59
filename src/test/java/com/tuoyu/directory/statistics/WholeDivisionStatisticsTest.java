package com.tuoyu.directory.statistics;

import com.tuoyu.directory.division.DivisionDataLoader;
import com.tuoyu.directory.division.DivisionLevel;
import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItems;

/**
 * A province or city is made of all its county-level divisions (the GB/T 2260 register), and its figures say which
 * part of it has residents, so that no ratio for a whole province is computed from part of its residents.
 */
@QuarkusTest
class WholeDivisionStatisticsTest {

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

    static final Path REGISTER = Path.of("src", "main", "resources", "reference", "gbt2260.csv");

    @Test
    void jiangxiCountsAllItsCountiesAndSaysItsResidentsCoverOnlySome() throws Exception {
        // Read the file itself, not through the loader: the register is what the province must be made of.
        List<String> lines = Files.readAllLines(REGISTER, StandardCharsets.UTF_8);
        long jiangxiCounties = lines.stream().filter(l -> l.startsWith("36") && l.contains(",COUNTY,")).count();
        List<DivisionDataLoader.Row> withResidents = DivisionDataLoader.read().stream()
                .filter(r -> r.level() == DivisionLevel.COUNTY && r.code().startsWith("36") && r.population() != null)
                .toList();
        long residents = withResidents.stream().mapToLong(DivisionDataLoader.Row::population).sum();
        assertThat(jiangxiCounties).isEqualTo(100);

        JsonPath stats = given().get("/api/v1/divisions/{code}/statistics", "360000").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stats.getInt("counties")).isEqualTo((int) jiangxiCounties);
        assertThat(stats.getInt("residentsCoverage.counties")).isEqualTo((int) jiangxiCounties);
        assertThat(stats.getInt("residentsCoverage.countiesWithResidents")).isEqualTo(withResidents.size());
        assertThat(stats.getLong("residents")).isEqualTo(residents)
                .isEqualTo(Database.count("select sum(population) from division where level = 'COUNTY' and code like '36%'"));
        assertThat(stats.getBoolean("wholeArea")).isFalse();
        // The ratio divides the slots of the counties with residents by their residents, and says so.
        long coveredSlots = stats.getLong("residentsCoverage.slots");
        assertThat(coveredSlots).isLessThanOrEqualTo(stats.getLong("slots"));
        assertThat(stats.getDouble("slotsPerThousandResidents"))
                .isCloseTo(StatisticsService.ratio(coveredSlots * 1000.0, residents), within(1e-4));
        assertThat(stats.get("childrenUnderThree") == null).as("not every county has children under three").isTrue();
        // Each county without residents is named with its reason: no source has its figure.
        List<String> without = stats.getList("countiesWithoutResidents.code");
        assertThat(without).hasSize((int) jiangxiCounties - withResidents.size()).contains("360123", "360124");
        assertThat(stats.getList("countiesWithoutResidents.reason", String.class)).containsOnly("NO_SOURCE");
        assertThat(stats.getString("residentsSource")).contains("NO_SOURCE");
    }

    @Test
    void jiangxisResidentsAreTheSumOfAllItsCountiesInTheRegisterFile() throws Exception {
        // Every county of the register file, each with its residents where the figures file has them: the province's
        // residents are their sum (the counties without are counted as unknown, not as zero residents).
        List<String> register = Files.readAllLines(REGISTER, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("36") && l.contains(",COUNTY,")).map(l -> l.substring(0, 6)).toList();
        java.util.Map<String, Integer> figures = new java.util.HashMap<>();
        DivisionDataLoader.read().stream().filter(r -> r.population() != null)
                .forEach(r -> figures.put(r.code(), r.population()));
        long sum = register.stream().filter(figures::containsKey).mapToLong(figures::get).sum();
        long known = register.stream().filter(figures::containsKey).count();
        JsonPath stats = given().get("/api/v1/divisions/{code}/statistics", "360000").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stats.getLong("residents")).isEqualTo(sum);
        assertThat(stats.getInt("residentsCoverage.countiesWithResidents")).isEqualTo((int) known);
        assertThat(stats.getInt("counties")).isEqualTo(register.size());
    }

    @Test
    void aCountyWithResidentsCoversItsWholeArea() {
        JsonPath stats = given().get("/api/v1/divisions/{code}/statistics", "360102").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stats.getInt("counties")).isEqualTo(1);
        assertThat(stats.getInt("residentsCoverage.countiesWithResidents")).isEqualTo(1);
        assertThat(stats.getBoolean("wholeArea")).isTrue();
        assertThat(stats.getLong("residentsCoverage.slots")).isEqualTo(stats.getLong("slots"));
    }

    @Test
    void aCountyWithoutResidentsHasNoRatioPerResident() {
        // 安义县 is in the register but not in the figures file.
        JsonPath stats = given().get("/api/v1/divisions/{code}/statistics", "360123").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stats.getInt("counties")).isEqualTo(1);
        assertThat(stats.getInt("residentsCoverage.countiesWithResidents")).isZero();
        assertThat(stats.getBoolean("wholeArea")).isFalse();
        assertThat(stats.getLong("residents")).isZero();
        assertThat(stats.get("slotsPerThousandResidents") == null).isTrue();
        assertThat(stats.get("targetMet") == null).isTrue();
        assertThat(stats.getList("countiesWithoutResidents.code")).containsExactly("360123");
        assertThat(stats.getList("countiesWithoutResidents.name")).containsExactly("安义县");
        assertThat(stats.getList("countiesWithoutResidents.reason")).containsExactly("NO_SOURCE");
    }

    @Test
    void nanchangListsTheCountiesTheFiguresFileLeavesOut() {
        given().queryParam("parent", "360100").get("/api/v1/divisions").then().statusCode(200)
                .body("code", hasItems("360102", "360121", "360123", "360124"))
                .body("name", hasItems("安义县", "进贤县"));
        given().queryParam("parent", "429000").get("/api/v1/divisions").then().statusCode(200)
                .body("code", hasItems("429004", "429021"));
        given().queryParam("parent", "110100").get("/api/v1/divisions").then().statusCode(200)
                .body("name", hasItems("东城区", "延庆区"));
    }
}
