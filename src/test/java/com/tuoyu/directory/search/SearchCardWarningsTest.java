package com.tuoyu.directory.search;

import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.ListedNurseries;
import com.tuoyu.directory.support.SearchIndexSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search cards say what the nursery's page says (#17 point 3): a penalty within 24 months, carers below the national
 * ratio, the black list, no inspection within 12 months with the date of the last. Expectations are read from
 * PostgreSQL with plain SQL, judged on China's date; the filters keep exactly the nurseries the warnings describe.
 */
@QuarkusTest
class SearchCardWarningsTest {

    private static LocalDate today;
    private static Set<String> listed;
    private static Map<String, LocalDate> lastPenalty;
    private static Map<String, LocalDate> lastInspection;
    private static Set<String> blackListed;
    private static Set<String> belowRatio;
    private static Set<String> withGroups;

    @BeforeEach
    void facts() {
        SearchIndexSupport.awaitIndexCaughtUp();
        today = ListedNurseries.today();
        listed = ListedNurseries.load().stream().map(r -> r.id().toString()).collect(Collectors.toSet());
        lastPenalty = latest("select nursery_id, max(decided_on) d from penalty group by nursery_id");
        lastInspection = latest("select nursery_id, max(inspected_on) d from inspection group by nursery_id");
        blackListed = ids("select distinct nursery_id from credit_entry where list = 'BLACK' and removed_on is null "
                + "and listed_on <= ?", Date.valueOf(today));
        belowRatio = ids("select distinct nursery_id from capacity c where enrolled > carers * case age_group "
                + "when 'INFANT' then 3 when 'TODDLER' then 5 when 'PRESCHOOL' then 7 else 5 end");
        withGroups = ids("select distinct nursery_id from capacity");
    }

    @Test
    void everyCardCarriesExactlyTheWarningsTheRecordsGive() {
        List<Map<String, Object>> cards = pageThrough(Map.of("size", "50"));
        assertThat(cards).hasSize(listed.size());
        int warned = 0;
        for (Map<String, Object> card : cards) {
            String id = (String) card.get("id");
            Map<String, Map<String, Object>> warnings = warnings(card);
            boolean recent = lastPenalty.containsKey(id) && !lastPenalty.get(id).isBefore(today.minusMonths(24));
            assertThat(warnings.containsKey("RECENT_PENALTY")).as("recent penalty of %s", id).isEqualTo(recent);
            if (recent) {
                assertThat(warnings.get("RECENT_PENALTY").get("date")).isEqualTo(lastPenalty.get(id).toString());
                assertThat((String) warnings.get("RECENT_PENALTY").get("label")).startsWith("近24个月内受过行政处罚");
            }
            assertThat(warnings.containsKey("CARER_RATIO_BELOW_STANDARD")).as("ratio of %s", id)
                    .isEqualTo(belowRatio.contains(id));
            assertThat(warnings.containsKey("BLACK_LISTED")).as("black list of %s", id).isEqualTo(blackListed.contains(id));
            LocalDate inspected = lastInspection.get(id);
            assertThat(card.get("lastInspectedOn")).isEqualTo(inspected == null ? null : inspected.toString());
            assertThat(warnings.containsKey("NEVER_INSPECTED")).isEqualTo(inspected == null);
            boolean overdue = inspected != null && inspected.isBefore(today.minusMonths(12));
            assertThat(warnings.containsKey("NOT_INSPECTED_RECENTLY")).as("inspection of %s", id).isEqualTo(overdue);
            if (overdue) {
                assertThat((String) warnings.get("NOT_INSPECTED_RECENTLY").get("label"))
                        .contains("最近一次：" + inspected.getYear() + "年" + inspected.getMonthValue() + "月");
            }
            warned += warnings.isEmpty() ? 0 : 1;
        }
        assertThat(warned).as("the demo data has nurseries with warnings").isPositive();
    }

    @Test
    void theWarningFiltersKeepExactlyTheNurseriesTheRecordsDescribe() {
        LocalDate penaltyFrom = today.minusMonths(24);
        Set<String> recent = lastPenalty.entrySet().stream().filter(e -> !e.getValue().isBefore(penaltyFrom))
                .map(Map.Entry::getKey).filter(listed::contains).collect(Collectors.toSet());
        assertThat(idsOf(Map.of("noRecentPenalty", "false"))).isEqualTo(recent);
        assertThat(idsOf(Map.of("noRecentPenalty", "true"))).isEqualTo(minus(listed, recent));
        Set<String> below = belowRatio.stream().filter(listed::contains).collect(Collectors.toSet());
        assertThat(idsOf(Map.of("ratiosMeetStandard", "false"))).isEqualTo(below);
        assertThat(idsOf(Map.of("ratiosMeetStandard", "true")))
                .isEqualTo(minus(withGroups.stream().filter(listed::contains).collect(Collectors.toSet()), below));
        for (int months : new int[]{3, 12, 36}) {
            Set<String> inspected = lastInspection.entrySet().stream()
                    .filter(e -> !e.getValue().isBefore(today.minusMonths(months))).map(Map.Entry::getKey)
                    .filter(listed::contains).collect(Collectors.toSet());
            assertThat(idsOf(Map.of("inspectedWithinMonths", String.valueOf(months)))).as("%d months", months)
                    .isEqualTo(inspected);
        }
        given().queryParam("inspectedWithinMonths", "0").when().get("/api/v1/nurseries")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theFeeNamesItsClassAndSaysWhenItIsTheLowestOfSeveral() {
        List<Map<String, Object>> cards = pageThrough(Map.of("careType", "FULL_DAY", "size", "50"));
        Map<String, ListedNurseries.Row> rows = ListedNurseries.load().stream()
                .collect(Collectors.toMap(r -> r.id().toString(), r -> r));
        int several = 0;
        for (Map<String, Object> card : cards) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fee = (Map<String, Object>) card.get("fee");
            if (fee == null) {
                continue;
            }
            ListedNurseries.Row row = rows.get((String) card.get("id"));
            Map<String, Integer> fullDay = row.fees().entrySet().stream().filter(e -> e.getKey().startsWith("FULL_DAY:"))
                    .collect(Collectors.toMap(e -> e.getKey().substring("FULL_DAY:".length()), Map.Entry::getValue));
            int lowest = fullDay.values().stream().min(Integer::compare).orElseThrow();
            assertThat(fee.get("amountYuan")).isEqualTo(lowest);
            @SuppressWarnings("unchecked")
            String group = ((Map<String, String>) fee.get("ageGroup")).get("code");
            assertThat(fullDay.get(group)).as("the class named has the fee shown").isEqualTo(lowest);
            boolean many = fullDay.size() > 1;
            assertThat(fee.get("lowestOfSeveral")).isEqualTo(many);
            assertThat((String) fee.get("label")).endsWith(many ? "元/月起" : "元/月").contains(String.valueOf(lowest));
            several += many ? 1 : 0;
        }
        assertThat(several).isPositive();
    }

    @Test
    void aFeeCeilingCountsMealsOnlyWhenAskedAndSaysWhichItDid() {
        Map<String, Integer> withMeals = new HashMap<>();
        for (Map<String, Object> f : Database.rows("select distinct on (nursery_id, care_type, age_group) nursery_id, "
                + "amount_yuan, coalesce(meal_fee_yuan, 0) meal from fee where care_type = 'FULL_DAY' and effective_from <= ? "
                + "order by nursery_id, care_type, age_group, effective_from desc", Date.valueOf(today))) {
            withMeals.merge(f.get("nursery_id").toString(), (Integer) f.get("amount_yuan") + (Integer) f.get("meal"), Math::min);
        }
        Set<String> fullDay = ListedNurseries.load().stream().filter(r -> r.careTypes().contains("FULL_DAY"))
                .map(r -> r.id().toString()).collect(Collectors.toSet());
        int ceiling = 2600;
        JsonPath without = given().queryParams(Map.of("careType", "FULL_DAY", "feeMax", ceiling, "size", 50))
                .when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath();
        assertThat(without.getBoolean("feeIncludesMeals")).isFalse();
        Set<String> expected = withMeals.entrySet().stream().filter(e -> e.getValue() <= ceiling && fullDay.contains(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(idsOf(Map.of("careType", "FULL_DAY", "feeMax", String.valueOf(ceiling), "includeMeals", "true")))
                .isEqualTo(expected);
        JsonPath with = given().queryParams(Map.of("careType", "FULL_DAY", "feeMax", ceiling, "includeMeals", true, "size", 50))
                .when().get("/api/v1/nurseries").then().statusCode(200).extract().jsonPath();
        assertThat(with.getBoolean("feeIncludesMeals")).isTrue();
        assertThat(with.getList("items.fee.includesMeals", Boolean.class)).containsOnly(true);
        assertThat(with.getList("items.fee.amountYuan", Integer.class)).allMatch(amount -> amount <= ceiling);
        assertThat(without.getLong("total")).isGreaterThanOrEqualTo(with.getLong("total"));
    }

    @Test
    void anAgeNoClassTakesAnswersAnEmptyPageWithAHint() {
        JsonPath page = given().queryParam("ageMonths", 3).when().get("/api/v1/nurseries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isZero();
        assertThat(page.getString("hint.code")).isEqualTo("AGE_BELOW_YOUNGEST_CLASS");
        assertThat(page.getString("hint.message")).contains("3 个月").contains("乳儿班").contains("6 个月");
        JsonPath older = given().queryParam("ageMonths", 8).when().get("/api/v1/nurseries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(older.getString("hint")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> warnings(Map<String, Object> card) {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> w : (List<Map<String, Object>>) card.get("warnings")) {
            byCode.put((String) w.get("code"), w);
        }
        return byCode;
    }

    private static Set<String> idsOf(Map<String, String> query) {
        Map<String, String> all = new HashMap<>(query);
        all.put("size", "50");
        return pageThrough(all).stream().map(c -> (String) c.get("id")).collect(Collectors.toSet());
    }

    private static List<Map<String, Object>> pageThrough(Map<String, String> query) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> page = new HashMap<>(query);
            if (cursor != null) {
                page.put("cursor", cursor);
            }
            JsonPath json = given().queryParams(page).when().get("/api/v1/nurseries").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(json.getList("items"));
            cursor = json.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    private static Map<String, LocalDate> latest(String sql) {
        Map<String, LocalDate> byId = new HashMap<>();
        for (Map<String, Object> row : Database.rows(sql)) {
            byId.put(row.get("nursery_id").toString(), ((Date) row.get("d")).toLocalDate());
        }
        return byId;
    }

    private static Set<String> ids(String sql, Object... parameters) {
        return Database.rows(sql, parameters).stream().map(r -> ((UUID) r.get("nursery_id")).toString())
                .collect(Collectors.toSet());
    }

    private static Set<String> minus(Set<String> all, Set<String> some) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(some);
        return rest;
    }
}
