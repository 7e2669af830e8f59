package com.tuoyu.directory.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the filters applied to cached entries, where Elasticsearch's query semantics are easy to get wrong
 * (the whole combinations are checked against Elasticsearch itself in {@link NearbyTilesMatchElasticsearchTest}).
 */
class NearbyFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** Open Monday 07:30 to 18:00, full-day 1,800 yuan (2,100 for 12-18 months), a place for 12-18 months as of 11-30. */
    private static final NearbyEntry ENTRY = NearbyEntry.of(new NurseryDocument("n-1", true, 3, "阳光托育中心", "阳光公司",
            "人民路1号", "360102", List.of("360000", "360100", "360102"), Map.of("lat", 28.68, "lon", 115.89), "ENTERPRISE",
            "PRIVATE", true, List.of("FULL_DAY", "HOURLY"), List.of("TODDLER"), List.of("M12_18"), true, List.of("MON"),
            450, 1080, Map.of("FULL_DAY_ANY", 1800, "FULL_DAY_M12_18", 2100), List.of("M12_18", "ANY"), "2026-11-30",
            "GOOD", 2, "2025-03-01", 60, null, 1L));

    @Test
    void openingHoursIncludeTheOpeningMinuteAndExcludeTheClosingOne() {
        assertThat(matches(p -> p.openAt = "2026-12-07T07:30")).isTrue();
        assertThat(matches(p -> p.openAt = "2026-12-07T07:29")).isFalse();
        assertThat(matches(p -> p.openAt = "2026-12-07T17:59")).isTrue();
        assertThat(matches(p -> p.openAt = "2026-12-07T18:00")).isFalse();
        assertThat(matches(p -> p.openAt = "2026-12-08T09:00")).as("a Tuesday").isFalse();
    }

    @Test
    void aFeeRangeNeedsAFeeInTheChildsBandAndIsInclusive() {
        assertThat(matches(p -> { p.careType = "FULL_DAY"; p.feeMax = "1800"; })).isTrue();
        assertThat(matches(p -> { p.careType = "FULL_DAY"; p.feeMin = "1801"; })).isFalse();
        assertThat(matches(p -> { p.careType = "FULL_DAY"; p.ageMonths = "14"; p.feeMin = "2100"; p.feeMax = "2100"; })).isTrue();
        assertThat(matches(p -> { p.careType = "HALF_DAY"; p.feeMax = "100000"; })).as("no half-day fee").isFalse();
        assertThat(matches(p -> { p.careType = "HOURLY"; p.feeMax = "100000"; })).as("hourly care without a fee").isFalse();
    }

    @Test
    void aVacancyCountsOnlyInTheChildsBandAndWhileFresh() {
        assertThat(matches(p -> { p.ageMonths = "14"; p.vacancy = "true"; })).isTrue();
        assertThat(matches(p -> { p.ageMonths = "14"; p.vacancy = "false"; })).isFalse();
        LocalDate lastFreshDay = LocalDate.of(2026, 12, 30);
        assertThat(matches(lastFreshDay, p -> { p.ageMonths = "14"; p.vacancy = "true"; })).as("30 days after").isTrue();
        assertThat(matches(lastFreshDay.plusDays(1), p -> { p.ageMonths = "14"; p.vacancy = "true"; })).as("stale").isFalse();
        assertThat(matches(lastFreshDay.plusDays(1), p -> { p.ageMonths = "14"; p.vacancy = "false"; })).as("stale").isTrue();
    }

    @Test
    void aDivisionMatchesItsProvinceCityAndCountyOnly() {
        for (String division : List.of("360000", "360100", "360102")) {
            assertThat(matches(p -> p.division = division)).as(division).isTrue();
        }
        for (String division : List.of("360103", "360200", "110000")) {
            assertThat(matches(p -> p.division = division)).as(division).isFalse();
        }
    }

    @Test
    void theChildsAgeMustFallInAClassTheNurseryRuns() {
        assertThat(matches(p -> p.ageMonths = "14")).isTrue();
        assertThat(matches(p -> p.ageMonths = "30")).isFalse();
        assertThat(matches(p -> p.ageMonths = "2")).as("younger than any class admits").isFalse();
    }

    @Test
    void modelsMealsAndInclusiveMatchOnlyWhatTheNurseryDeclared() {
        assertThat(matches(p -> p.operatingModel = List.of("PUBLIC", "PRIVATE"))).isTrue();
        assertThat(matches(p -> p.operatingModel = List.of("PUBLIC"))).isFalse();
        assertThat(matches(p -> p.meals = "true")).isTrue();
        assertThat(matches(p -> p.meals = "false")).isFalse();
        assertThat(matches(p -> p.inclusive = "false")).isFalse();
        assertThat(matches(p -> { })).isTrue();
    }

    /** Penalised on 2024-12-03, last inspected on 2025-12-03, one class below the carer ratio, meals 300 a month. */
    private static final NearbyEntry SUPERVISED = NearbyEntry.of(new NurseryDocument("n-2", true, 3, "阳光托育中心", "阳光公司",
            "人民路1号", "360102", List.of("360000", "360100", "360102"), Map.of("lat", 28.68, "lon", 115.89), "ENTERPRISE",
            "PRIVATE", true, List.of("FULL_DAY"), List.of("TODDLER", "PRESCHOOL"), List.of("M12_18", "M24_36"), true,
            List.of("MON"), 450, 1080, Map.of("FULL_DAY_ANY", 1800), List.of(), null, "GOOD", 2, "2025-03-01", 60, null,
            1L, null, null, Map.of("FULL_DAY_ANY", 2100), Map.of("FULL_DAY_ANY", "TODDLER", "FULL_DAY_ANY_MEALS", "TODDLER"),
            Map.of("FULL_DAY_ANY", 2), false, "2025-12-03", "2024-12-03", null));

    @Test
    void aPenaltyIsRecentForTwentyFourMonthsToTheDay() {
        assertThat(supervised(TODAY, p -> p.noRecentPenalty = "false")).as("24 months ago today").isTrue();
        assertThat(supervised(TODAY, p -> p.noRecentPenalty = "true")).isFalse();
        assertThat(supervised(TODAY.plusDays(1), p -> p.noRecentPenalty = "true")).as("a day later").isTrue();
        assertThat(matches(p -> p.noRecentPenalty = "true")).as("never penalised").isTrue();
        assertThat(matches(p -> p.noRecentPenalty = "false")).isFalse();
    }

    @Test
    void anInspectionCountsWithinItsMonthsToTheDayAndNoneNever() {
        assertThat(supervised(TODAY, p -> p.inspectedWithinMonths = "12")).isTrue();
        assertThat(supervised(TODAY.plusDays(1), p -> p.inspectedWithinMonths = "12")).isFalse();
        assertThat(matches(p -> p.inspectedWithinMonths = "120")).as("never inspected").isFalse();
    }

    @Test
    void carerRatiosMatchOnlyWhenDisclosedAndMealsCountOnlyWhenAsked() {
        assertThat(supervised(TODAY, p -> p.ratiosMeetStandard = "false")).isTrue();
        assertThat(supervised(TODAY, p -> p.ratiosMeetStandard = "true")).isFalse();
        assertThat(matches(p -> p.ratiosMeetStandard = "true")).as("no class disclosed").isFalse();
        assertThat(matches(p -> p.ratiosMeetStandard = "false")).as("no class disclosed").isFalse();
        assertThat(supervised(TODAY, p -> { p.careType = "FULL_DAY"; p.feeMax = "2000"; })).isTrue();
        assertThat(supervised(TODAY, p -> { p.careType = "FULL_DAY"; p.feeMax = "2000"; p.includeMeals = "true"; })).isFalse();
        assertThat(supervised(TODAY, p -> { p.careType = "FULL_DAY"; p.feeMax = "2100"; p.includeMeals = "true"; })).isTrue();
    }

    @Test
    void theCardJudgesItsWarningsOnTheDayOfTheSearch() {
        assertThat(SearchCards.warnings(SUPERVISED, TODAY).stream().map(w -> w.code()))
                .containsExactly("RECENT_PENALTY", "CARER_RATIO_BELOW_STANDARD");
        assertThat(SearchCards.warnings(SUPERVISED, TODAY.plusDays(1)).stream().map(w -> w.code()))
                .containsExactly("CARER_RATIO_BELOW_STANDARD", "NOT_INSPECTED_RECENTLY");
        assertThat(SearchCards.warnings(ENTRY, TODAY).stream().map(w -> w.code())).containsExactly("NEVER_INSPECTED");
    }

    private static boolean supervised(LocalDate today, Consumer<SearchParameters> filters) {
        SearchParameters p = new SearchParameters();
        filters.accept(p);
        return new NearbyFilter(SearchCriteria.from(p), today).test(SUPERVISED);
    }

    private static boolean matches(Consumer<SearchParameters> filters) {
        return matches(TODAY, filters);
    }

    private static boolean matches(LocalDate today, Consumer<SearchParameters> filters) {
        SearchParameters p = new SearchParameters();
        p.lat = "28.68";
        p.lng = "115.89";
        filters.accept(p);
        return new NearbyFilter(SearchCriteria.from(p), today).test(ENTRY);
    }
}
