package com.tuoyu.directory.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * A nursery as stored in the search index: everything a result card shows and every filter needs, so a search
 * never goes to the database. A nursery not (or no longer) filed is kept only as {@code listed=false} with its
 * id and version, so that a late, older update cannot bring it back.
 *
 * <p>{@code fees} holds, per care type, the lowest fee in force overall ({@code FULL_DAY_ANY}) and within each
 * {@link AgeBand} ({@code FULL_DAY_M12_18}). {@code vacancyBands} lists the bands with a free place ({@code ANY}
 * when any group has one), as of {@code vacancyAsOf}. {@code indexedAt} is when the document was written (the
 * writer's clock): the index watcher asks what changed lately to drop only the cached tiles it touches.
 *
 * <p>For the cards: {@code feeClasses} names the class (age group) whose fee is the lowest under each fee key,
 * {@code feeCounts} how many classes have a fee under it (several: the card says 起), and {@code feesWithMeals} the
 * lowest fee with the monthly meal fee added ({@code feeClasses} holds its class under the key plus {@code _MEALS}).
 * Whatever depends on today's date is stored as a date and judged at query time, never as a flag that would go stale:
 * {@code lastInspectedOn}, {@code lastPenaltyOn}, {@code blackListedFrom} (an open black-list entry; a future day
 * counts from that day on). {@code ratiosMeetStandard} is absent when no group is disclosed. {@code namePinyin} and
 * {@code nameInitials} are {@link NamePinyin#suffixes} and {@link NamePinyin#initialSuffixes} of the name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NurseryDocument(
        String id,
        boolean listed,
        long version,
        String name,
        String operatorName,
        String address,
        String divisionCode,
        List<String> divisionPath,
        Map<String, Double> location,
        String registrationType,
        String operatingModel,
        Boolean inclusive,
        List<String> careTypes,
        List<String> ageGroups,
        List<String> ageBands,
        Boolean mealsProvided,
        List<String> openDays,
        Integer opensAtMinute,
        Integer closesAtMinute,
        Map<String, Integer> fees,
        List<String> vacancyBands,
        String vacancyAsOf,
        String qualityGrade,
        Integer qualityRank,
        String filedOn,
        Integer slots,
        String contactPhone,
        Long indexedAt,
        List<String> namePinyin,
        List<String> nameInitials,
        Map<String, Integer> feesWithMeals,
        Map<String, String> feeClasses,
        Map<String, Integer> feeCounts,
        Boolean ratiosMeetStandard,
        String lastInspectedOn,
        String lastPenaltyOn,
        String blackListedFrom) {

    /** A document without the card warnings, fee details and pinyin (tests, and documents written before them). */
    public NurseryDocument(String id, boolean listed, long version, String name, String operatorName, String address,
                           String divisionCode, List<String> divisionPath, Map<String, Double> location,
                           String registrationType, String operatingModel, Boolean inclusive, List<String> careTypes,
                           List<String> ageGroups, List<String> ageBands, Boolean mealsProvided, List<String> openDays,
                           Integer opensAtMinute, Integer closesAtMinute, Map<String, Integer> fees,
                           List<String> vacancyBands, String vacancyAsOf, String qualityGrade, Integer qualityRank,
                           String filedOn, Integer slots, String contactPhone, Long indexedAt) {
        this(id, listed, version, name, operatorName, address, divisionCode, divisionPath, location, registrationType,
                operatingModel, inclusive, careTypes, ageGroups, ageBands, mealsProvided, openDays, opensAtMinute,
                closesAtMinute, fees, vacancyBands, vacancyAsOf, qualityGrade, qualityRank, filedOn, slots, contactPhone,
                indexedAt, null, null, null, null, null, null, null, null, null);
    }

    public static NurseryDocument unlisted(String id, long version) {
        return new NurseryDocument(id, false, version, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same document stamped with the time it is written to the index (epoch millis, the writer's clock). */
    public NurseryDocument indexedAt(long millis) {
        return new NurseryDocument(id, listed, version, name, operatorName, address, divisionCode, divisionPath, location,
                registrationType, operatingModel, inclusive, careTypes, ageGroups, ageBands, mealsProvided, openDays,
                opensAtMinute, closesAtMinute, fees, vacancyBands, vacancyAsOf, qualityGrade, qualityRank, filedOn, slots,
                contactPhone, millis, namePinyin, nameInitials, feesWithMeals, feeClasses, feeCounts, ratiosMeetStandard,
                lastInspectedOn, lastPenaltyOn, blackListedFrom);
    }

    public static String feeKey(String careType, String band) {
        return careType + "_" + band;
    }
}
