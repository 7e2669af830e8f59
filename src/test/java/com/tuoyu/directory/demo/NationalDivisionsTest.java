package com.tuoyu.directory.demo;

import com.tuoyu.directory.division.DivisionDataLoader;
import com.tuoyu.directory.division.DivisionLevel;
import com.tuoyu.directory.division.dto.CountyReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.tuoyu.directory.demo.DemoDataGeneratorTest.haversineMetres;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The benchmark's national data set (bench/data/national-cities.csv) and the spread of demo nurseries in big cities. */
class NationalDivisionsTest {

    static final Path FILE = Path.of("bench", "data", "national-cities.csv");
    /**
     * Measured: at most 690 nurseries in a 3 km circle around a national city's centre (seed 20261122); with σ 1.6 km
     * everywhere, thousands.
     */
    static final int MAX_IN_THREE_KM = 1_000;

    static List<DivisionDataLoader.Row> classpath;
    static List<DivisionDataLoader.Row> national;

    @BeforeAll
    static void read() {
        classpath = DivisionDataLoader.read();
        national = DivisionDataLoader.readExtra(FILE, classpath);
    }

    @Test
    void theNationalFileHoldsAboutFiftyRealCitiesEachWithOneUrbanCore() {
        Set<String> codes = new HashSet<>();
        classpath.forEach(row -> codes.add(row.code()));
        Map<String, DivisionDataLoader.Row> seen = new HashMap<>();
        classpath.forEach(row -> seen.put(row.code(), row));
        for (DivisionDataLoader.Row row : national) {
            assertThat(row.code()).as(row.code()).matches("[0-9]{6}");
            assertThat(codes.add(row.code())).as("%s is unique and not in divisions.csv", row.code()).isTrue();
            assertThat(row.name()).as(row.code()).isNotBlank();
            assertThat(row.population()).as(row.code()).isPositive();
            assertThat(row.childrenUnderThree()).as(row.code()).isCloseTo((int) Math.round(row.population() * 0.022), within(1));
            // China's bounding box (Hainan to Mohe, Pamirs to Fuyuan).
            assertThat(row.centreLatitude()).as(row.code()).isBetween(18.0, 53.6);
            assertThat(row.centreLongitude()).as(row.code()).isBetween(73.5, 135.1);
            switch (row.level()) {
                case PROVINCE -> assertThat(row.parentCode()).as(row.code()).isNull();
                case CITY, COUNTY -> {
                    // Parents come first (in divisions.csv or earlier in this file), one level up, same code prefix.
                    DivisionDataLoader.Row parent = seen.get(row.parentCode());
                    assertThat(parent).as("parent of %s", row.code()).isNotNull();
                    assertThat(parent.level().ordinal()).as(row.code()).isEqualTo(row.level().ordinal() - 1);
                    int prefix = row.level() == DivisionLevel.CITY ? 2 : 4;
                    assertThat(row.code()).as(row.code()).startsWith(parent.code().substring(0, prefix));
                }
            }
            seen.put(row.code(), row);
        }
        List<DivisionDataLoader.Row> cities = national.stream().filter(r -> r.level() == DivisionLevel.CITY).toList();
        assertThat(cities).hasSizeBetween(45, 60);
        assertThat(cities).extracting(DivisionDataLoader.Row::code)
                .contains("110100", "310100", "440100", "440300", "500100", "120100", "510100", "420100", "330100",
                        "610100", "320100", "410100", "430100", "320500", "441900", "370200");
        for (DivisionDataLoader.Row city : cities) {
            List<DivisionDataLoader.Row> cores = national.stream().filter(r -> city.code().equals(r.parentCode())).toList();
            assertThat(cores).as(city.code()).singleElement().satisfies(core -> {
                assertThat(core.level()).isEqualTo(DivisionLevel.COUNTY);
                assertThat(core.population()).isEqualTo(city.population());
                assertThat(core.centreLatitude()).isEqualTo(city.centreLatitude());
                assertThat(core.centreLongitude()).isEqualTo(city.centreLongitude());
            });
        }
    }

    @Test
    void anExtraFileMayNotRepeatADivisionOfTheClasspathFile() throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "divisions", ".csv");
        try {
            Files.writeString(file, "code,name,level,parent_code,population,centre_latitude,centre_longitude,children_under_three\n"
                    + "360100,南昌市,CITY,360000,6255007,28.682,115.858,137610\n");
            assertThatThrownBy(() -> DivisionDataLoader.readExtra(file, classpath))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("360100");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theSpreadIsUnchangedUpToTwoMillionResidentsAndGrowsAbove() {
        for (long population : new long[]{0, 1, 508_000, 1_480_000, 2_000_000}) {
            assertThat(DemoDataGenerator.spreadKm(population)).as("%d", population).isEqualTo(1.6);
        }
        assertThat(DemoDataGenerator.spreadKm(2_000_001)).isGreaterThan(1.6);
        assertThat(DemoDataGenerator.spreadKm(8_000_000)).isCloseTo(3.2, within(1e-9));
        assertThat(DemoDataGenerator.spreadKm(32_000_000)).isCloseTo(6.4, within(1e-9));
    }

    @Test
    void aHundredThousandNationalNurseriesAreSpreadAroundTheBigCities() {
        List<DivisionDataLoader.Row> all = new ArrayList<>(classpath);
        all.addAll(national);
        List<CountyReference> counties = counties(all);
        DemoDataSet data = new DemoDataGenerator(20261122, LocalDate.of(2026, 11, 22)).generate(counties, 100_000);
        List<double[]> points = data.nurseries().stream()
                .map(d -> new double[]{d.nursery().latitude(), d.nursery().longitude()}).toList();

        List<DivisionDataLoader.Row> cities = national.stream().filter(r -> r.level() == DivisionLevel.CITY).toList();
        int densest = 0;
        for (DivisionDataLoader.Row city : cities) {
            long inCircle = points.stream().filter(p -> haversineMetres(city.centreLatitude(), city.centreLongitude(),
                    p[0], p[1]) <= 3_000).count();
            densest = Math.max(densest, (int) inCircle);
        }
        System.out.printf("densest 3 km circle around a national city centre: %d nurseries%n", densest);
        assertThat(densest).isLessThanOrEqualTo(MAX_IN_THREE_KM);

        long nearCity = points.stream().filter(p -> cities.stream().anyMatch(city -> haversineMetres(
                city.centreLatitude(), city.centreLongitude(), p[0], p[1]) <= 15_000)).count();
        System.out.printf("within 15 km of a national city centre: %d of %d%n", nearCity, points.size());
        assertThat(nearCity).isGreaterThanOrEqualTo(60_000);
    }

    /** What DivisionService.counties answers over these divisions: counties with a centre, by code. */
    private static List<CountyReference> counties(List<DivisionDataLoader.Row> rows) {
        Map<String, DivisionDataLoader.Row> byCode = rows.stream()
                .collect(Collectors.toMap(DivisionDataLoader.Row::code, Function.identity()));
        return rows.stream()
                .filter(r -> r.level() == DivisionLevel.COUNTY && r.centreLatitude() != null)
                .sorted(Comparator.comparing(DivisionDataLoader.Row::code))
                .map(r -> {
                    DivisionDataLoader.Row city = byCode.get(r.parentCode());
                    DivisionDataLoader.Row province = byCode.get(city.parentCode());
                    return new CountyReference(r.code(), r.name(), city.name(), province.name(), r.centreLatitude(),
                            r.centreLongitude(), r.population());
                })
                .toList();
    }
}
