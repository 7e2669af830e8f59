package com.tuoyu.directory.search;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A nursery as a result card and the facets need it, compact enough to keep tens of thousands in the tile cache:
 * enum sets as bit masks, fees as a small array instead of a map of strings, repeated codes interned.
 */
record NearbyEntry(
        String id,
        double latitude,
        double longitude,
        String name,
        String operatorName,
        String address,
        String divisionCode,
        Boolean inclusive,
        OperatingModel operatingModel,
        int careTypes,
        int ageGroups,
        Boolean mealsProvided,
        int[] fees,
        int vacancyBands,
        LocalDate vacancyAsOf,
        String qualityGrade,
        LocalDate filedOn) {

    static final int NO_FEE = Integer.MIN_VALUE;
    /** Fee and vacancy bands: the {@link AgeBand}s, then ANY. */
    private static final int BANDS = AgeBand.values().length + 1;
    private static final int ANY = AgeBand.values().length;
    private static final CareType[] CARE_TYPES = CareType.values();
    private static final AgeGroup[] AGE_GROUPS = AgeGroup.values();

    static NearbyEntry of(NurseryDocument d) {
        int[] fees = new int[CARE_TYPES.length * BANDS];
        java.util.Arrays.fill(fees, NO_FEE);
        if (d.fees() != null) {
            for (Map.Entry<String, Integer> fee : d.fees().entrySet()) {
                int slot = feeSlot(fee.getKey());
                if (slot >= 0 && fee.getValue() != null) {
                    fees[slot] = fee.getValue();
                }
            }
        }
        int care = 0;
        for (String value : nonNull(d.careTypes())) {
            care |= 1 << CareType.valueOf(value).ordinal();
        }
        int groups = 0;
        for (String value : nonNull(d.ageGroups())) {
            groups |= 1 << AgeGroup.valueOf(value).ordinal();
        }
        int vacancies = 0;
        for (String value : nonNull(d.vacancyBands())) {
            int band = bandIndex(value);
            if (band >= 0) {
                vacancies |= 1 << band;
            }
        }
        return new NearbyEntry(d.id(), d.location().get("lat"), d.location().get("lon"), d.name(), d.operatorName(),
                d.address(), d.divisionCode() == null ? null : d.divisionCode().intern(), d.inclusive(),
                d.operatingModel() == null ? null : OperatingModel.valueOf(d.operatingModel()), care, groups,
                d.mealsProvided(), fees, vacancies, d.vacancyAsOf() == null ? null : LocalDate.parse(d.vacancyAsOf()),
                d.qualityGrade() == null ? null : d.qualityGrade().intern(),
                d.filedOn() == null ? null : LocalDate.parse(d.filedOn()));
    }

    /** The fee of a care type for a band key ({@link SearchCriteria#bandKey()}), or {@link #NO_FEE}. */
    int fee(CareType careType, String bandKey) {
        return fees[careType.ordinal() * BANDS + bandIndex(bandKey)];
    }

    boolean hasVacancyIn(String bandKey) {
        int band = bandIndex(bandKey);
        return band >= 0 && (vacancyBands & (1 << band)) != 0;
    }

    List<CareType> careTypeList() {
        List<CareType> list = new ArrayList<>(CARE_TYPES.length);
        for (CareType type : CARE_TYPES) {
            if ((careTypes & (1 << type.ordinal())) != 0) {
                list.add(type);
            }
        }
        return list;
    }

    List<AgeGroup> ageGroupList() {
        List<AgeGroup> list = new ArrayList<>(AGE_GROUPS.length);
        for (AgeGroup group : AGE_GROUPS) {
            if ((ageGroups & (1 << group.ordinal())) != 0) {
                list.add(group);
            }
        }
        return list;
    }

    private static int feeSlot(String key) {
        for (CareType type : CARE_TYPES) {
            String prefix = type.name() + "_";
            if (key.startsWith(prefix)) {
                int band = bandIndex(key.substring(prefix.length()));
                return band < 0 ? -1 : type.ordinal() * BANDS + band;
            }
        }
        return -1;
    }

    private static int bandIndex(String bandKey) {
        if ("ANY".equals(bandKey)) {
            return ANY;
        }
        for (AgeBand band : AgeBand.values()) {
            if (band.name().equals(bandKey)) {
                return band.ordinal();
            }
        }
        return -1;
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
