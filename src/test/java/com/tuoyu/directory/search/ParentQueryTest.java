package com.tuoyu.directory.search;

import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search understands what parents type (#17 point 4): pinyin, full or initials, finds the names it spells (with the
 * right reading of polyphones: 悦成长 is chengzhang, not chengchang); words that name a filter apply it and say so;
 * suggestions stay in the division asked for and come nearest first.
 */
@QuarkusTest
class ParentQueryTest {

    private static List<ListedNurseries.Row> rows;

    @BeforeEach
    void indexIsCaughtUp() {
        SearchIndexSupport.awaitIndexCaughtUp();
        rows = ListedNurseries.load();
    }

    @Test
    void fullPinyinAndInitialsFindTheNamesTheySpell() {
        for (String typed : List.of("kuaile", "klbb", "kuai le bao", "chengzhang", "yangguang")) {
            String normalised = NamePinyin.normalise(typed);
            Set<String> expected = rows.stream().filter(r -> NamePinyin.suffixes(r.name()).stream().anyMatch(s -> s.startsWith(normalised))
                            || NamePinyin.initialSuffixes(r.name()).stream().anyMatch(s -> s.startsWith(normalised)))
                    .map(r -> r.id().toString()).collect(Collectors.toSet());
            assertThat(ids(Map.of("q", typed))).as(typed).isEqualTo(expected);
        }
        Set<String> happy = rows.stream().filter(r -> r.name().contains("快乐宝贝")).map(r -> r.id().toString())
                .collect(Collectors.toSet());
        assertThat(happy).as("the demo register has a 快乐宝贝").isNotEmpty();
        assertThat(ids(Map.of("q", "kuaile"))).containsAll(happy);
        assertThat(ids(Map.of("q", "klbb"))).containsAll(happy);
        Set<String> growing = rows.stream().filter(r -> r.name().contains("成长")).map(r -> r.id().toString())
                .collect(Collectors.toSet());
        assertThat(growing).isNotEmpty();
        assertThat(ids(Map.of("q", "chengzhang"))).containsAll(growing);
        assertThat(ids(Map.of("q", "chengchang"))).doesNotContainAnyElementsOf(growing);
    }

    @Test
    void wordsThatNameAFilterApplyItAndSaySo() {
        JsonPath inclusive = page(Map.of("q", "普惠"));
        assertThat(inclusive.getList("appliedFromQuery.word", String.class)).containsExactly("普惠");
        assertThat(inclusive.getList("appliedFromQuery.parameter", String.class)).containsExactly("inclusive");
        assertThat(inclusive.getList("appliedFromQuery.value", String.class)).containsExactly("true");
        assertThat(inclusive.getLong("total")).isPositive()
                .isEqualTo(rows.stream().filter(ListedNurseries.Row::inclusive).count());

        JsonPath both = page(Map.of("q", "公办全日托"));
        assertThat(both.getList("appliedFromQuery.parameter", String.class)).containsExactlyInAnyOrder("operatingModel", "careType");
        assertThat(both.getLong("total")).isEqualTo(rows.stream()
                .filter(r -> r.model().equals("PUBLIC") && r.careTypes().contains("FULL_DAY")).count());

        JsonPath infants = page(Map.of("q", "乳儿班 普惠托育"));
        assertThat(infants.getList("appliedFromQuery.parameter", String.class)).containsExactlyInAnyOrder("inclusive", "ageMonths");
        assertThat(infants.getLong("total")).isEqualTo(rows.stream()
                .filter(r -> r.inclusive() && r.capacity().containsKey("INFANT")).count());

        // A parameter the client set wins over the word, which is then neither applied nor matched as text.
        JsonPath explicit = page(Map.of("q", "普惠", "inclusive", "false"));
        assertThat(explicit.getString("appliedFromQuery")).isNull();
        assertThat(explicit.getLong("total")).isEqualTo(rows.stream().filter(r -> !r.inclusive()).count());
    }

    @Test
    void suggestionsStayInTheDivisionAndComeNearestFirst() {
        List<Map<String, Object>> inCounty = given().queryParams(Map.of("q", "托育", "division", "360102", "size", 20))
                .when().get("/api/v1/nurseries/suggestions").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(inCounty).isNotEmpty().allSatisfy(s -> assertThat(s.get("divisionCode")).isEqualTo("360102"));

        List<Map<String, Object>> nearest = given().queryParams(Map.of("q", "托育", "lat", 28.6849, "lng", 115.8990, "size", 20))
                .when().get("/api/v1/nurseries/suggestions").then().statusCode(200).extract().jsonPath().getList("$");
        List<Integer> distances = nearest.stream().map(s -> ((Number) s.get("distanceMetres")).intValue()).toList();
        assertThat(distances).isSorted().hasSize(20);
        double closest = rows.stream().filter(r -> r.name().contains("托育"))
                .mapToDouble(r -> ListedNurseries.haversine(28.6849, 115.8990, r.lat(), r.lng())).min().orElseThrow();
        // The operator's name may match too, so the nearest suggestion is at most as far as the nearest such name.
        assertThat((double) distances.get(0)).isLessThanOrEqualTo(closest + 2);

        List<String> byInitials = given().queryParams(Map.of("q", "klbb", "size", 20))
                .when().get("/api/v1/nurseries/suggestions").then().statusCode(200).extract().jsonPath().getList("name", String.class);
        assertThat(byInitials).isNotEmpty().allSatisfy(name -> assertThat(name).contains("快乐宝贝"));

        given().queryParams(Map.of("q", "托育", "division", "3601")).when().get("/api/v1/nurseries/suggestions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static JsonPath page(Map<String, String> query) {
        return given().queryParams(query).when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath();
    }

    private static Set<String> ids(Map<String, String> query) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> page = new HashMap<>(query);
            page.put("size", "50");
            if (cursor != null) {
                page.put("cursor", cursor);
            }
            JsonPath json = page(page);
            all.addAll(json.getList("items.id", String.class));
            cursor = json.getString("nextCursor");
        } while (cursor != null);
        return Set.copyOf(all);
    }
}
