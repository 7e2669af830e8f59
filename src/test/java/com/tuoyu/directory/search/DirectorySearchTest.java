package com.tuoyu.directory.search;

import cn.hutool.core.util.CoordinateUtil;
import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.ListedNurseries.Row;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
class DirectorySearchTest {

    /** 东湖区 government seat (WGS-84): the demo data is densest around it. */
    private static final double LAT = 28.6849;
    private static final double LNG = 115.8990;

    @BeforeEach
    void indexIsCaughtUp() {
        SearchIndexSupport.awaitIndexCaughtUp();
    }

    @Test
    void onlyFiledNurseriesAreListedAndEachExactlyOnce() {
        List<Map<String, Object>> all = pageThrough(Map.of("size", "50"));
        Set<String> expected = ListedNurseries.load().stream().map(r -> r.id().toString()).collect(Collectors.toSet());
        assertThat(ids(all)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void nearbyResultsAreOrderedByDistanceAndAgreeWithHaversineAndMissNothingInTheRadius() {
        List<Map<String, Object>> items = pageThrough(Map.of("lat", String.valueOf(LAT), "lng", String.valueOf(LNG),
                "radius", "3000", "size", "13"));
        double previous = -1;
        for (Map<String, Object> item : items) {
            double distance = ((Number) item.get("distanceMetres")).doubleValue();
            assertThat(distance).isGreaterThanOrEqualTo(previous);
            previous = distance;
            @SuppressWarnings("unchecked") Map<String, Number> location = (Map<String, Number>) item.get("location");
            double haversine = ListedNurseries.haversine(LAT, LNG, location.get("lat").doubleValue(), location.get("lng").doubleValue());
            assertThat(distance).isCloseTo(haversine, within(1.0));
            int walking = ((Number) item.get("walkingMinutes")).intValue();
            assertThat(item.get("withinFifteenMinutes")).isEqualTo(walking <= 15);
        }
        Set<String> expected = ListedNurseries.load().stream()
                .filter(r -> ListedNurseries.haversine(LAT, LNG, r.lat(), r.lng()) <= 3000)
                .map(r -> r.id().toString()).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(ids(items)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void gcj02InputFindsTheSameNurseriesAndAnswersInGcj02() {
        CoordinateUtil.Coordinate gcj = CoordinateUtil.wgs84ToGcj02(LNG, LAT);
        List<Map<String, Object>> wgs = pageThrough(Map.of("lat", String.valueOf(LAT), "lng", String.valueOf(LNG), "size", "50"));
        List<Map<String, Object>> china = pageThrough(Map.of("lat", String.valueOf(gcj.getLat()), "lng", String.valueOf(gcj.getLng()),
                "coord", "gcj02", "size", "50"));
        assertThat(ids(china)).containsExactlyElementsOf(ids(wgs));
        for (int i = 0; i < wgs.size(); i++) {
            assertThat(((Number) china.get(i).get("distanceMetres")).doubleValue())
                    .isCloseTo(((Number) wgs.get(i).get("distanceMetres")).doubleValue(), within(3.0));
            @SuppressWarnings("unchecked") Map<String, Number> shown = (Map<String, Number>) china.get(i).get("location");
            @SuppressWarnings("unchecked") Map<String, Number> truth = (Map<String, Number>) wgs.get(i).get("location");
            CoordinateUtil.Coordinate expectedGcj = CoordinateUtil.wgs84ToGcj02(truth.get("lng").doubleValue(), truth.get("lat").doubleValue());
            assertThat(ListedNurseries.haversine(shown.get("lat").doubleValue(), shown.get("lng").doubleValue(),
                    expectedGcj.getLat(), expectedGcj.getLng())).isLessThan(1.0);
        }
    }

    static Stream<Arguments> filters() {
        LocalDateTime saturdayMorning = ListedNurseries.today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).atTime(8, 15);
        LocalDateTime weekdayEvening = ListedNurseries.today().with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).atTime(18, 30);
        Set<String> infant = Set.of("INFANT");
        Set<String> toddlerOrMixed = Set.of("TODDLER", "MIXED");
        return Stream.of(
                Arguments.of(Map.of("careType", "HALF_DAY"), (Predicate<Row>) r -> r.careTypes().contains("HALF_DAY")),
                Arguments.of(Map.of("inclusive", "true"), (Predicate<Row>) Row::inclusive),
                Arguments.of(Map.of("inclusive", "false"), (Predicate<Row>) r -> !r.inclusive()),
                Arguments.of(Map.of("meals", "false"), (Predicate<Row>) r -> !r.meals()),
                Arguments.of(Map.of("operatingModel", "COMMUNITY"), (Predicate<Row>) r -> r.model().equals("COMMUNITY")),
                Arguments.of(Map.of("division", "620100"), (Predicate<Row>) r -> r.division().startsWith("6201")),
                Arguments.of(Map.of("division", "360000"), (Predicate<Row>) r -> r.division().startsWith("36")),
                Arguments.of(Map.of("division", "130802"), (Predicate<Row>) r -> r.division().equals("130802")),
                Arguments.of(Map.of("ageMonths", "8"), (Predicate<Row>) r -> r.capacity().containsKey("INFANT")),
                Arguments.of(Map.of("ageMonths", "3"), (Predicate<Row>) r -> false),
                Arguments.of(Map.of("careType", "FULL_DAY", "feeMin", "2000", "feeMax", "3000"), (Predicate<Row>) r -> {
                    Integer fee = r.lowestFee("FULL_DAY", Set.of("INFANT", "TODDLER", "PRESCHOOL", "MIXED"));
                    return fee != null && fee >= 2000 && fee <= 3000;
                }),
                Arguments.of(Map.of("careType", "FULL_DAY", "ageMonths", "9", "feeMax", "2500"), (Predicate<Row>) r -> {
                    Integer fee = r.lowestFee("FULL_DAY", infant);
                    return fee != null && fee <= 2500;
                }),
                Arguments.of(Map.of("vacancy", "true", "ageMonths", "20"),
                        (Predicate<Row>) r -> r.hasFreshVacancy(toddlerOrMixed, ListedNurseries.today())),
                Arguments.of(Map.of("vacancy", "true", "careType", "HOURLY"),
                        (Predicate<Row>) r -> r.careTypes().contains("HOURLY")
                                && r.hasFreshVacancy(Set.of("INFANT", "TODDLER", "PRESCHOOL", "MIXED"), ListedNurseries.today())),
                Arguments.of(Map.of("openAt", saturdayMorning.toString()), (Predicate<Row>) r -> openAt(r, saturdayMorning)),
                Arguments.of(Map.of("openAt", weekdayEvening.toString()), (Predicate<Row>) r -> openAt(r, weekdayEvening)),
                Arguments.of(Map.of("operatingModel", "PUBLIC", "inclusive", "true", "meals", "true"),
                        (Predicate<Row>) r -> r.model().equals("PUBLIC") && r.inclusive() && r.meals()));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void eachFilterReturnsExactlyTheMatchingNurseriesInTheDatabase(Map<String, String> filter, Predicate<Row> matches) {
        Map<String, String> query = new HashMap<>(filter);
        query.put("size", "50");
        Set<String> expected = ListedNurseries.load().stream().filter(matches).map(r -> r.id().toString())
                .collect(Collectors.toSet());
        assertThat(ids(pageThrough(query))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void facetCountsMatchTheDatabase() {
        JsonPath page = search(Map.of("division", "360100", "size", "1"));
        List<Row> rows = ListedNurseries.load().stream().filter(r -> r.division().startsWith("3601")).toList();
        assertThat(page.getLong("total")).isEqualTo(rows.size());
        for (String care : List.of("FULL_DAY", "HALF_DAY", "HOURLY", "TEMPORARY")) {
            long expected = rows.stream().filter(r -> r.careTypes().contains(care)).count();
            assertThat(page.getLong("facets.careType." + care + "")).as(care).isEqualTo(expected);
        }
        Map<String, Long> models = rows.stream().collect(Collectors.groupingBy(Row::model, Collectors.counting()));
        assertThat(page.getMap("facets.operatingModel", String.class, Long.class)).isEqualTo(models);
        assertThat(page.getLong("facets.inclusive.true")).isEqualTo(rows.stream().filter(Row::inclusive).count());
        assertThat(page.getLong("facets.meals.false")).isEqualTo(rows.stream().filter(r -> !r.meals()).count());
        Map<String, Long> divisions = rows.stream().collect(Collectors.groupingBy(Row::division, Collectors.counting()));
        assertThat(page.getMap("facets.division", String.class, Long.class)).isEqualTo(divisions);
        Map<String, Long> grades = rows.stream().filter(r -> r.grade() != null)
                .collect(Collectors.groupingBy(Row::grade, Collectors.counting()));
        assertThat(page.getMap("facets.qualityGrade", String.class, Long.class)).isEqualTo(grades);
        for (String group : List.of("INFANT", "TODDLER", "PRESCHOOL", "MIXED")) {
            assertThat(page.getLong("facets.ageGroup." + group)).as(group)
                    .isEqualTo(rows.stream().filter(r -> r.capacity().containsKey(group)).count());
        }
        assertThat(page.getLong("facets.withVacancy")).isEqualTo(rows.stream().filter(r -> r.hasFreshVacancy(
                Set.of("INFANT", "TODDLER", "PRESCHOOL", "MIXED"), ListedNurseries.today())).count());
    }

    @Test
    void pagingByCursorReturnsEveryMatchExactlyOnceInFeeOrder() {
        List<Map<String, Object>> items = pageThrough(Map.of("careType", "FULL_DAY", "sort", "fee", "size", "7"));
        List<Integer> fees = items.stream().map(i -> {
            @SuppressWarnings("unchecked") Map<String, Object> fee = (Map<String, Object>) i.get("fee");
            return fee == null ? Integer.MAX_VALUE : ((Number) fee.get("amountYuan")).intValue();
        }).toList();
        assertThat(fees).isSorted();
        Set<String> expected = ListedNurseries.load().stream().filter(r -> r.careTypes().contains("FULL_DAY"))
                .map(r -> r.id().toString()).collect(Collectors.toSet());
        assertThat(ids(items)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void keywordSearchFindsAChineseNameAndHighlightsIt() {
        Row target = ListedNurseries.load().stream().filter(r -> r.name().contains("社区")).findFirst().orElseThrow();
        JsonPath page = search(Map.of("q", target.name()));
        assertThat(page.getString("items[0].name")).isEqualTo(target.name());
        assertThat(page.getString("items[0].highlights.name[0]")).contains("<em>").contains("</em>");
        JsonPath byAddress = search(Map.of("q", target.address().substring(target.address().indexOf("区") + 1)));
        assertThat(byAddress.getList("items.id", String.class)).contains(target.id().toString());
    }

    @Test
    void suggestionsCompleteWhatTheParentHasTypedWithListedNurseriesOnly() {
        Set<String> listed = ListedNurseries.load().stream().map(r -> r.id().toString()).collect(Collectors.toSet());
        List<Map<String, Object>> suggestions = given().queryParam("q", "小太").when().get("/api/v1/nurseries/suggestions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions).allSatisfy(s -> {
            assertThat((String) s.get("name")).contains("小太");
            assertThat(listed).contains((String) s.get("id"));
        });
    }

    @Test
    void mapClustersCountEveryNurseryInTheViewportAndPointsAppearWhenZoomedIn() {
        Map<String, String> nanchang = Map.of("minLat", "28.40", "minLng", "115.60", "maxLat", "28.90", "maxLng", "116.20");
        long inViewport = ListedNurseries.load().stream()
                .filter(r -> r.lat() >= 28.40 && r.lat() <= 28.90 && r.lng() >= 115.60 && r.lng() <= 116.20).count();
        JsonPath clusters = given().queryParams(nanchang).queryParam("zoom", "10").when().get("/api/v1/nurseries/map")
                .then().statusCode(200).extract().jsonPath();
        assertThat(clusters.getString("mode")).isEqualTo("CLUSTERS");
        assertThat(clusters.getLong("total")).isEqualTo(inViewport);
        assertThat(clusters.getList("clusters.count", Long.class).stream().mapToLong(Long::longValue).sum()).isEqualTo(inViewport);
        assertThat(clusters.getList("clusters")).hasSizeLessThanOrEqualTo(400);

        JsonPath points = given().queryParam("minLat", LAT - 0.01).queryParam("minLng", LNG - 0.01)
                .queryParam("maxLat", LAT + 0.01).queryParam("maxLng", LNG + 0.01).queryParam("zoom", "16")
                .when().get("/api/v1/nurseries/map").then().statusCode(200).extract().jsonPath();
        assertThat(points.getString("mode")).isEqualTo("POINTS");
        assertThat(points.getList("points")).hasSize((int) points.getLong("total")).hasSizeLessThanOrEqualTo(200);
        assertThat(points.getList("points.location.lat", Double.class)).allSatisfy(lat -> assertThat(lat).isBetween(LAT - 0.01, LAT + 0.01));
    }

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of(Map.of("lat", "91", "lng", "115"), "lat"),
                Arguments.of(Map.of("lat", "28", "lng", "abc"), "lng"),
                Arguments.of(Map.of("lat", "28"), "lng"),
                Arguments.of(Map.of("lat", "28", "lng", "115", "radius", "60000"), "radius"),
                Arguments.of(Map.of("size", "51"), "size"),
                Arguments.of(Map.of("size", "0"), "size"),
                Arguments.of(Map.of("careType", "NIGHT"), "careType"),
                Arguments.of(Map.of("operatingModel", "STATE"), "operatingModel"),
                Arguments.of(Map.of("coord", "bd09"), "coord"),
                Arguments.of(Map.of("ageMonths", "40"), "ageMonths"),
                Arguments.of(Map.of("inclusive", "yes"), "inclusive"),
                Arguments.of(Map.of("feeMin", "100"), "feeMin"),
                Arguments.of(Map.of("careType", "FULL_DAY", "feeMin", "3000", "feeMax", "2000"), "feeMin"),
                Arguments.of(Map.of("sort", "distance"), "sort"),
                Arguments.of(Map.of("sort", "cheapest"), "sort"),
                Arguments.of(Map.of("openAt", "Saturday 8am"), "openAt"),
                Arguments.of(Map.of("division", "36"), "division"),
                Arguments.of(Map.of("cursor", "not-a-cursor"), "cursor"),
                Arguments.of(Map.of("cursor", "YzEJeHl6CWQxLjA"), "cursor"));
    }

    @ParameterizedTest
    @MethodSource("invalidParameters")
    void invalidParametersAreBadRequestProblemsNamingTheParameter(Map<String, String> query, String parameter) {
        given().queryParams(query).when().get("/api/v1/nurseries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("errors.field", org.hamcrest.Matchers.hasItem(parameter));
    }

    @Test
    void aCursorFromAnotherSearchIsRefused() {
        String cursor = search(Map.of("size", "2")).getString("nextCursor");
        given().queryParam("cursor", cursor).queryParam("inclusive", "true").when().get("/api/v1/nurseries")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
    }

    private static boolean openAt(Row row, LocalDateTime when) {
        LocalTime time = when.toLocalTime();
        return row.openDays().contains(when.getDayOfWeek().getValue())
                && !row.opensAt().isAfter(time) && row.closesAt().isAfter(time);
    }

    static JsonPath search(Map<String, String> query) {
        RequestSpecification request = given().queryParams(query);
        return request.when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath();
    }

    /** Follows nextCursor to the end, failing on any duplicate. */
    static List<Map<String, Object>> pageThrough(Map<String, String> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> page = new LinkedHashMap<>(query);
            if (cursor != null) {
                page.put("cursor", cursor);
            }
            JsonPath json = search(page);
            List<Map<String, Object>> pageItems = json.getList("items");
            for (Map<String, Object> item : pageItems) {
                assertThat(seen.add((String) item.get("id"))).as("duplicate %s", item.get("id")).isTrue();
            }
            items.addAll(pageItems);
            cursor = json.getString("nextCursor");
            assertThat(++pages).isLessThan(500);
        } while (cursor != null);
        return items;
    }

    static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("id")).toList();
    }
}
