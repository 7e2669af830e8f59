package com.tuoyu.directory.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.SearchIndexSupport;
import com.tuoyu.directory.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The nearby answer computed in the service from cached tiles is the one Elasticsearch computes itself with a
 * distance filter, distance sort and terms aggregations: same nurseries, same total, same facet buckets in the same
 * order, for random points, radii and filters (the card-warning filters and words of q that name a filter included:
 * both paths judge "recent" and "within N months" against the same day). And the cache never hides a change: a document written to the index
 * by someone else (another replica) shows up, and goes, within two seconds, while the tiles of other places stay.
 */
@QuarkusTest
class NearbyTilesMatchElasticsearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SearchCache cache;
    private static final double[][] CENTRES = {{28.6849, 115.8990}, {28.6568, 115.8770}, {36.0570, 103.8250},
            {40.9750, 117.9430}, {38.4040, 112.7460}, {28.5450, 115.9440}};
    private static final String[][] FILTERS = {{}, {"careType", "FULL_DAY"}, {"inclusive", "true"}, {"ageMonths", "20"},
            {"vacancy", "true"}, {"operatingModel", "PRIVATE"}, {"meals", "false"}, {"careType", "FULL_DAY", "feeMax", "2500"},
            {"openAt", "2026-12-07T08:30"}, {"ageMonths", "8", "vacancy", "false"}, {"division", "360102"},
            {"ageMonths", "20", "careType", "FULL_DAY", "feeMin", "1500"}, {"division", "360100"}, {"division", "360000"},
            {"openAt", "2026-12-06T18:45"}, {"careType", "HALF_DAY", "inclusive", "false", "meals", "true"},
            {"ratiosMeetStandard", "true"}, {"ratiosMeetStandard", "false"}, {"noRecentPenalty", "true"},
            {"noRecentPenalty", "false"}, {"inspectedWithinMonths", "6"}, {"inspectedWithinMonths", "24", "ratiosMeetStandard", "true"},
            {"careType", "FULL_DAY", "feeMax", "2800", "includeMeals", "true"},
            {"ageMonths", "20", "careType", "FULL_DAY", "feeMin", "2000", "includeMeals", "true", "noRecentPenalty", "true"},
            {"q", "普惠"}, {"q", "公办全日托", "inspectedWithinMonths", "12"}};

    @Test
    void randomNearbySearchesAnswerWhatElasticsearchAnswers() throws Exception {
        SearchIndexSupport.awaitIndexCaughtUp();
        SplittableRandom random = new SplittableRandom(20261203);
        int[] radii = {300, 1000, 3000, 5000};
        for (int i = 0; i < 4 * FILTERS.length; i++) {
            double[] centre = CENTRES[random.nextInt(CENTRES.length)];
            Map<String, String> query = new LinkedHashMap<>();
            query.put("lat", String.format(Locale.ROOT, "%.5f", centre[0] + (random.nextDouble() - 0.5) * 0.06));
            query.put("lng", String.format(Locale.ROOT, "%.5f", centre[1] + (random.nextDouble() - 0.5) * 0.06));
            query.put("radius", String.valueOf(radii[random.nextInt(radii.length)]));
            query.put("size", "50");
            String[] filters = FILTERS[i % FILTERS.length];
            for (int f = 0; f < filters.length; f += 2) {
                query.put(filters[f], filters[f + 1]);
            }
            JsonPath ours = given().queryParams(query).when().get("/api/v1/nurseries").then().statusCode(200)
                    .extract().jsonPath();
            JsonNode theirs = elasticsearch(query);

            List<String> theirIds = new ArrayList<>();
            theirs.path("hits").path("hits").forEach(hit -> theirIds.add(hit.path("_id").asText()));
            List<String> ourIds = ours.getList("items.id", String.class);
            assertThat(ours.getLong("total")).as("total for %s", query).isEqualTo(theirs.path("hits").path("total").path("value").asLong());
            // Elasticsearch's page holds one more (the look-ahead for the cursor); its distances are on coordinates
            // quantised to about a centimetre, so compare the set and leave the order to the exactness test.
            assertThat(new HashSet<>(ourIds)).as("page for %s", query)
                    .isEqualTo(new HashSet<>(theirIds.subList(0, Math.min(50, theirIds.size()))));
            // The cards' warnings from the cached entries are those the same documents give when Elasticsearch answers.
            Map<String, List<String>> theirWarnings = new LinkedHashMap<>();
            for (JsonNode hit : theirs.path("hits").path("hits")) {
                NearbyEntry entry = NearbyEntry.of(JSON.treeToValue(hit.path("_source"), NurseryDocument.class));
                theirWarnings.put(entry.id(), SearchCards.warnings(entry, ListedNurseries.today()).stream()
                        .map(w -> w.code() + ":" + w.date()).toList());
            }
            List<Map<String, Object>> items = ours.getList("items");
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> warnings = (List<Map<String, Object>>) item.get("warnings");
                assertThat(warnings.stream().map(w -> w.get("code") + ":" + w.get("date")).toList())
                        .as("warnings of %s for %s", item.get("id"), query).isEqualTo(theirWarnings.get((String) item.get("id")));
            }
            JsonNode aggregations = theirs.path("aggregations");
            for (String[] facet : new String[][]{{"careType", "careType"}, {"ageGroup", "ageGroup"},
                    {"operatingModel", "operatingModel"}, {"inclusive", "inclusive"}, {"meals", "meals"},
                    {"qualityGrade", "qualityGrade"}, {"division", "division"}}) {
                Map<String, Long> expected = new LinkedHashMap<>();
                aggregations.path(facet[1]).path("buckets").forEach(b -> expected.put(
                        b.has("key_as_string") ? b.path("key_as_string").asText() : b.path("key").asText(), b.path("doc_count").asLong()));
                Map<String, Object> actual = ours.getMap("facets." + facet[0]);
                assertThat(new ArrayList<>(actual.keySet())).as("%s buckets for %s", facet[0], query)
                        .containsExactlyElementsOf(expected.keySet());
                expected.forEach((key, count) -> assertThat(((Number) actual.get(key)).longValue())
                        .as("%s=%s for %s", facet[0], key, query).isEqualTo(count));
            }
            assertThat(ours.getLong("facets.withVacancy")).as("withVacancy for %s", query)
                    .isEqualTo(aggregations.path("withVacancy").path("doc_count").asLong());
        }
    }

    @Test
    void aDocumentAnotherReplicaWritesIsFoundAndForgottenWithinTwoSeconds() {
        SearchIndexSupport.awaitIndexCaughtUp();
        ListedNurseries.Row near = ListedNurseries.load().get(3);
        double lat = near.lat() + 0.0004;
        double lng = near.lng() + 0.0004;
        // Warm the tiles around the point, so a stale cache would be what answers.
        assertThat(nearby(lat, lng)).isNotEmpty();
        String id = UUID.nameUUIDFromBytes("written-by-another-replica".getBytes()).toString();
        try {
            writeElsewhere(id, near.division(), lat, lng);
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(nearby(lat, lng)).contains(id));
        } finally {
            given().baseUri(elasticsearchUri()).when().delete("/nurseries/_doc/{id}", id);
        }
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(nearby(lat, lng)).doesNotContain(id));
    }

    @Test
    void aChangeSomewhereElseLeavesTheCachedTilesOfOtherPlaces() {
        SearchIndexSupport.awaitIndexCaughtUp();
        List<ListedNurseries.Row> rows = ListedNurseries.load();
        ListedNurseries.Row here = rows.get(0);
        ListedNurseries.Row far = rows.stream()
                .filter(r -> ListedNurseries.haversine(r.lat(), r.lng(), here.lat(), here.lng()) > 100_000)
                .findFirst().orElseThrow();
        assertThat(nearby(here.lat(), here.lng())).isNotEmpty();
        NearbyTiles.Tile tileHere = NearbyTiles.tileOf(here.lat(), here.lng());
        assertThat(cachedTiles()).contains(tileHere);
        String id = UUID.nameUUIDFromBytes("changed-far-away".getBytes()).toString();
        try {
            writeElsewhere(id, far.division(), far.lat() + 0.0003, far.lng() + 0.0003);
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(nearby(far.lat(), far.lng())).contains(id));
            // The watcher acted on the change (the far circle shows it), and the tiles here were not dropped.
            assertThat(cachedTiles()).contains(tileHere);
        } finally {
            given().baseUri(elasticsearchUri()).when().delete("/nurseries/_doc/{id}", id);
        }
    }

    private java.util.Set<NearbyTiles.Tile> cachedTiles() {
        java.util.Set<NearbyTiles.Tile> tiles = new HashSet<>();
        cache.tiles().asMap().forEach((key, future) -> {
            if (future.isDone() && !future.isCompletedExceptionally()) {
                tiles.add(new NearbyTiles.Tile(key.row(), key.column()));
            }
        });
        return tiles;
    }

    /** A document as another replica of this version writes it, stamped with the time of writing. */
    private static void writeElsewhere(String id, String division, double lat, double lng) {
        String document = String.format(Locale.ROOT, "{\"id\":\"%s\",\"listed\":true,\"version\":1,\"name\":\"别处写入托育园\","
                + "\"operatorName\":\"测试\",\"address\":\"测试路1号\",\"divisionCode\":\"%s\",\"divisionPath\":[\"%s\"],"
                + "\"location\":{\"lat\":%.6f,\"lon\":%.6f},\"operatingModel\":\"PRIVATE\",\"inclusive\":false,"
                + "\"careTypes\":[\"FULL_DAY\"],\"ageGroups\":[\"TODDLER\"],\"ageBands\":[\"M12_18\"],\"indexedAt\":%d}",
                id, division, division, lat, lng, System.currentTimeMillis());
        given().baseUri(elasticsearchUri()).contentType("application/json").body(document)
                .when().put("/nurseries/_doc/{id}", id).then().statusCode(201);
    }

    @Test
    void onlyAnAdministratorDropsTheSearchCache() {
        given().when().delete("/api/v1/admin/search/cache")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.withRoles("FILING_OFFICER")).when().delete("/api/v1/admin/search/cache")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/admin/search/cache").then().statusCode(204);
    }

    private static List<String> nearby(double lat, double lng) {
        return given().queryParam("lat", lat).queryParam("lng", lng).queryParam("radius", 800).queryParam("size", 50)
                .when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static JsonNode elasticsearch(Map<String, String> query) throws Exception {
        SearchParameters p = new SearchParameters();
        p.lat = query.get("lat");
        p.lng = query.get("lng");
        p.radius = query.get("radius");
        p.size = query.get("size");
        p.careType = query.get("careType");
        p.inclusive = query.get("inclusive");
        p.ageMonths = query.get("ageMonths");
        p.vacancy = query.get("vacancy");
        p.operatingModel = query.containsKey("operatingModel") ? List.of(query.get("operatingModel")) : null;
        p.meals = query.get("meals");
        p.feeMin = query.get("feeMin");
        p.feeMax = query.get("feeMax");
        p.openAt = query.get("openAt");
        p.division = query.get("division");
        p.includeMeals = query.get("includeMeals");
        p.ratiosMeetStandard = query.get("ratiosMeetStandard");
        p.noRecentPenalty = query.get("noRecentPenalty");
        p.inspectedWithinMonths = query.get("inspectedWithinMonths");
        p.q = query.get("q");
        String body = NurserySearchService.searchRequestJson("nurseries", p, ListedNurseries.today());
        String answer = given().baseUri(elasticsearchUri()).contentType("application/json").body(body)
                .when().post("/nurseries/_search").then().statusCode(200).extract().asString();
        return JSON.readTree(answer);
    }

    private static String elasticsearchUri() {
        return "http://" + ConfigProvider.getConfig().getValue("quarkus.elasticsearch.hosts", String.class);
    }
}
