package com.tuoyu.directory.search;

import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.ListedNurseries.Row;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nearby search answers exactly what a great-circle computation over PostgreSQL answers: the same nurseries in
 * the same order (distance, then id), page after page, for random points, radii, page sizes and filters — whether
 * the page comes from cached tiles or, for large radii, from Elasticsearch's own distance sort.
 */
@QuarkusTest
class NearbySearchExactnessTest {

    /** Centres of the demo counties' seats: the points are drawn around them. */
    private static final double[][] CENTRES = {{28.6849, 115.8990}, {28.6568, 115.8770}, {36.0570, 103.8250},
            {40.9750, 117.9430}, {38.4040, 112.7460}, {28.5450, 115.9440}};

    record Case(double lat, double lng, int radius, int size, String careType) {
    }

    @Test
    void randomNearbySearchesMatchTheExactComputationPageByPage() {
        SearchIndexSupport.awaitIndexCaughtUp();
        List<Row> listed = ListedNurseries.load();
        SplittableRandom random = new SplittableRandom(20261122);
        int[] radii = {500, 1500, 3000, 8000, 50000};
        int[] sizes = {5, 20, 50};
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double[] centre = CENTRES[random.nextInt(CENTRES.length)];
            double lat = centre[0] + (random.nextDouble() - 0.5) * 0.08;
            double lng = centre[1] + (random.nextDouble() - 0.5) * 0.08;
            int radius = radii[random.nextInt(radii.length)];
            int size = radius <= 1500 && i % 3 == 0 ? 1 : sizes[random.nextInt(sizes.length)];
            cases.add(new Case(Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5, radius, size,
                    i % 4 == 3 ? "FULL_DAY" : null));
        }
        for (Case c : cases) {
            Predicate<Row> filter = c.careType() == null ? r -> true : r -> r.careTypes().contains(c.careType());
            List<Map.Entry<String, Double>> within = listed.stream().filter(filter)
                    .map(r -> Map.entry(r.id().toString(), ListedNurseries.haversine(c.lat(), c.lng(), r.lat(), r.lng())))
                    .filter(e -> e.getValue() <= c.radius())
                    .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                    .toList();
            List<String> expected = within.stream().map(Map.Entry::getKey).toList();
            Map<String, Double> distance = within.stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<String> actual = pages(c);
            assertThat(actual).as("%s", c).containsExactlyInAnyOrderElementsOf(expected);
            // Elasticsearch keeps a point to about a centimetre (32-bit encoding), so when it sorts (large radii) two
            // nurseries whose distances differ by less may come in either order; anything further apart may not.
            for (int i = 0; i < expected.size(); i++) {
                assertThat(distance.get(actual.get(i))).as("%s, position %d", c, i)
                        .isCloseTo(distance.get(expected.get(i)), org.assertj.core.api.Assertions.within(0.05));
            }
        }
    }

    @Test
    void theFirstPageCarriesTheExactTotalAndFacetsOfTheCircle() {
        SearchIndexSupport.awaitIndexCaughtUp();
        double lat = 28.6801;
        double lng = 115.9012;
        long inside = ListedNurseries.load().stream()
                .filter(r -> ListedNurseries.haversine(lat, lng, r.lat(), r.lng()) <= 2500).count();
        JsonPath page = given().queryParam("lat", lat).queryParam("lng", lng).queryParam("radius", 2500).queryParam("size", 3)
                .when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(inside);
        Map<String, Integer> inclusive = page.getMap("facets.inclusive");
        assertThat(inclusive.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(inside);
    }

    private static List<String> pages(Case c) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 200; page++) {
            var request = given().queryParam("lat", String.format(Locale.ROOT, "%.5f", c.lat()))
                    .queryParam("lng", String.format(Locale.ROOT, "%.5f", c.lng()))
                    .queryParam("radius", c.radius()).queryParam("size", c.size());
            if (c.careType() != null) {
                request.queryParam("careType", c.careType());
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath json = request.when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath();
            ids.addAll(json.getList("items.id", String.class));
            cursor = json.getString("nextCursor");
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("more than 200 pages for " + c);
    }
}
