package com.tuoyu.directory.search;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A nursery as a result card, the facets and the filters need it, compact enough to keep the whole register in the
 * tile cache: enum sets and open days as bit masks, fees as a small array instead of a map of strings, repeated codes
 * interned. Minutes of the day are {@link #NO_MINUTE} when the document has none. The supervision dates stay dates:
 * whether a penalty is recent or an inspection overdue is decided on the day of the search, so a cached tile never
 * goes stale with the calendar.
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
        int openDays,
        int opensAtMinute,
        int closesAtMinute,
        FeeSlots fees,
        int vacancyBands,
        LocalDate vacancyAsOf,
        String qualityGrade,
        LocalDate filedOn,
        Boolean ratiosMeetStandard,
        LocalDate lastInspectedOn,
        LocalDate lastPenaltyOn,
        LocalDate blackListedFrom) {

    static final int NO_FEE = FeeSlots.NO_FEE;
    static final int NO_MINUTE = -1;
    /** The index's day keys ({@link SearchQueries#dayKey}), in {@link java.time.DayOfWeek} order: bit i is day i. */
    private static final List<String> DAY_KEYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(SearchQueries::dayKey).toList();
    private static final CareType[] CARE_TYPES = CareType.values();
    private static final AgeGroup[] AGE_GROUPS = AgeGroup.values();

    static NearbyEntry of(NurseryDocument d) {
        FeeSlots fees = FeeSlots.of(d);
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
            int band = FeeSlots.bandIndex(value);
            if (band >= 0) {
                vacancies |= 1 << band;
            }
        }
        int days = 0;
        for (String value : nonNull(d.openDays())) {
            days |= dayBit(value);
        }
        return new NearbyEntry(d.id(), d.location().get("lat"), d.location().get("lon"), d.name(), d.operatorName(),
                d.address(), d.divisionCode() == null ? null : d.divisionCode().intern(), d.inclusive(),
                d.operatingModel() == null ? null : OperatingModel.valueOf(d.operatingModel()), care, groups,
                d.mealsProvided(), days, d.opensAtMinute() == null ? NO_MINUTE : d.opensAtMinute(),
                d.closesAtMinute() == null ? NO_MINUTE : d.closesAtMinute(), fees, vacancies,
                d.vacancyAsOf() == null ? null : LocalDate.parse(d.vacancyAsOf()),
                d.qualityGrade() == null ? null : d.qualityGrade().intern(),
                d.filedOn() == null ? null : LocalDate.parse(d.filedOn()), d.ratiosMeetStandard(),
                d.lastInspectedOn() == null ? null : LocalDate.parse(d.lastInspectedOn()),
                d.lastPenaltyOn() == null ? null : LocalDate.parse(d.lastPenaltyOn()),
                d.blackListedFrom() == null ? null : LocalDate.parse(d.blackListedFrom()));
    }

    /**
     * Reads a tile hit's {@code _source} (the parser on its START_OBJECT) straight into an entry: the same result as
     * {@link #of} over a bound {@link NurseryDocument}, without the maps and lists in between (a cold circle reads
     * hundreds of these, and this is most of what the service adds to Elasticsearch's time).
     */
    static NearbyEntry read(JsonParser p) throws IOException {
        String id = null;
        String name = null;
        String operatorName = null;
        String address = null;
        String divisionCode = null;
        double latitude = Double.NaN;
        double longitude = Double.NaN;
        Boolean inclusive = null;
        OperatingModel model = null;
        int care = 0;
        int groups = 0;
        Boolean meals = null;
        int days = 0;
        int opensAt = NO_MINUTE;
        int closesAt = NO_MINUTE;
        FeeSlots fees = new FeeSlots();
        int vacancies = 0;
        LocalDate vacancyAsOf = null;
        String grade = null;
        LocalDate filedOn = null;
        Boolean ratios = null;
        LocalDate inspected = null;
        LocalDate penalised = null;
        LocalDate blackListed = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "id" -> id = p.getText();
                case "name" -> name = p.getText();
                case "operatorName" -> operatorName = p.getText();
                case "address" -> address = p.getText();
                case "divisionCode" -> divisionCode = p.getText().intern();
                case "location" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String axis = p.currentName();
                        p.nextToken();
                        if ("lat".equals(axis)) {
                            latitude = p.getDoubleValue();
                        } else if ("lon".equals(axis)) {
                            longitude = p.getDoubleValue();
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "inclusive" -> inclusive = p.getBooleanValue();
                case "operatingModel" -> model = OperatingModel.valueOf(p.getText());
                case "careTypes" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        care |= 1 << CareType.valueOf(p.getText()).ordinal();
                    }
                }
                case "ageGroups" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        groups |= 1 << AgeGroup.valueOf(p.getText()).ordinal();
                    }
                }
                case "vacancyBands" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        int band = FeeSlots.bandIndex(p.getText());
                        if (band >= 0) {
                            vacancies |= 1 << band;
                        }
                    }
                }
                case "mealsProvided" -> meals = p.getBooleanValue();
                case "openDays" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        days |= dayBit(p.getText());
                    }
                }
                case "opensAtMinute" -> opensAt = p.getIntValue();
                case "closesAtMinute" -> closesAt = p.getIntValue();
                case "fees", "feesWithMeals", "feeClasses", "feeCounts" -> fees.read(field, p);
                case "ratiosMeetStandard" -> ratios = p.getBooleanValue();
                case "lastInspectedOn" -> inspected = date(p.getText());
                case "lastPenaltyOn" -> penalised = date(p.getText());
                case "blackListedFrom" -> blackListed = date(p.getText());
                case "vacancyAsOf" -> vacancyAsOf = date(p.getText());
                case "qualityGrade" -> grade = p.getText().intern();
                case "filedOn" -> filedOn = date(p.getText());
                default -> p.skipChildren();
            }
        }
        if (id == null || Double.isNaN(latitude) || Double.isNaN(longitude)) {
            throw new IOException("A tile hit without id or location");
        }
        return new NearbyEntry(id, latitude, longitude, name, operatorName, address, divisionCode, inclusive, model,
                care, groups, meals, days, opensAt, closesAt, fees, vacancies, vacancyAsOf, grade, filedOn, ratios,
                inspected, penalised, blackListed);
    }

    /** An ISO date (yyyy-MM-dd) without the general parser, which costs a microsecond a field. */
    private static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    /** The fee of a care type for a band key ({@link SearchCriteria#bandKey()}), or {@link #NO_FEE}. */
    int fee(CareType careType, String bandKey) {
        return fees.amount(careType, bandKey);
    }

    /** The fee with the monthly meal fee added when {@code meals}, else {@link #fee}. */
    int fee(CareType careType, String bandKey, boolean meals) {
        return meals ? fees.withMeals(careType, bandKey) : fees.amount(careType, bandKey);
    }

    boolean hasVacancyIn(String bandKey) {
        int band = FeeSlots.bandIndex(bandKey);
        return band >= 0 && (vacancyBands & (1 << band)) != 0;
    }

    List<CareType> careTypeList() {
        return members(careTypes, CARE_TYPES);
    }

    List<AgeGroup> ageGroupList() {
        return members(ageGroups, AGE_GROUPS);
    }

    /** The values whose ordinal bit is set in {@code mask}, in declaration order. */
    private static <E extends Enum<E>> List<E> members(int mask, E[] values) {
        List<E> list = new ArrayList<>(values.length);
        for (E value : values) {
            if ((mask & (1 << value.ordinal())) != 0) {
                list.add(value);
            }
        }
        return list;
    }

    /** The bit of a day key in {@link #openDays}, 0 for a key that is not a day. */
    static int dayBit(String dayKey) {
        int index = DAY_KEYS.indexOf(dayKey);
        return index < 0 ? 0 : 1 << index;
    }

    static int dayBit(java.time.DayOfWeek day) {
        return 1 << day.ordinal();
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
