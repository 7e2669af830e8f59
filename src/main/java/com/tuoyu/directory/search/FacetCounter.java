package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.search.dto.PublicFacets;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts the facets of the circle as Elasticsearch's terms aggregations of the list search do. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class FacetCounter {
    private final String bandKey;
    private final LocalDate freshFrom;
    private final long[] careTypes = new long[CareType.values().length];
    private final long[] ageGroups = new long[AgeGroup.values().length];
    private final Map<String, Long> operatingModels = new HashMap<>();
    private final long[] inclusive = new long[2];
    private final long[] meals = new long[2];
    private final Map<String, Long> grades = new HashMap<>();
    private final Map<String, Long> divisions = new HashMap<>();
    private long withVacancy;

    void add(NearbyEntry e) {
        for (int i = 0; i < careTypes.length; i++) {
            if ((e.careTypes() & (1 << i)) != 0) {
                careTypes[i]++;
            }
        }
        for (int i = 0; i < ageGroups.length; i++) {
            if ((e.ageGroups() & (1 << i)) != 0) {
                ageGroups[i]++;
            }
        }
        if (e.operatingModel() != null) {
            operatingModels.merge(e.operatingModel().name(), 1L, Long::sum);
        }
        if (e.inclusive() != null) {
            inclusive[e.inclusive() ? 1 : 0]++;
        }
        if (e.mealsProvided() != null) {
            meals[e.mealsProvided() ? 1 : 0]++;
        }
        if (e.qualityGrade() != null) {
            grades.merge(e.qualityGrade(), 1L, Long::sum);
        }
        if (e.divisionCode() != null) {
            divisions.merge(e.divisionCode(), 1L, Long::sum);
        }
        // The vacancy date is inclusive, like the range filter's gte.
        if (e.vacancyAsOf() != null && !e.vacancyAsOf().isBefore(freshFrom) && e.hasVacancyIn(bandKey)) {
            withVacancy++;
        }
    }

    PublicFacets facets() {
        Map<String, Long> care = new HashMap<>();
        CareType[] careValues = CareType.values();
        for (int i = 0; i < careTypes.length; i++) {
            if (careTypes[i] > 0) {
                care.put(careValues[i].name(), careTypes[i]);
            }
        }
        Map<String, Long> groups = new HashMap<>();
        AgeGroup[] groupValues = AgeGroup.values();
        for (int i = 0; i < ageGroups.length; i++) {
            if (ageGroups[i] > 0) {
                groups.put(groupValues[i].name(), ageGroups[i]);
            }
        }
        return PublicFacets.of(buckets(care, 10), buckets(groups, 10), buckets(operatingModels, 10),
                buckets(booleans(inclusive), 2), buckets(booleans(meals), 2), buckets(grades, 10),
                buckets(divisions, 100), withVacancy);
    }

    private static Map<String, Long> booleans(long[] counts) {
        Map<String, Long> map = new HashMap<>();
        if (counts[0] > 0) {
            map.put("false", counts[0]);
        }
        if (counts[1] > 0) {
            map.put("true", counts[1]);
        }
        return map;
    }

    /** Terms-aggregation order: most frequent first, ties by key; at most {@code size} buckets. */
    static Map<String, Long> buckets(Map<String, Long> counts, int size) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .forEachOrdered(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
