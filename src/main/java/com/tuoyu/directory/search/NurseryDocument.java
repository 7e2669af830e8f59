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
        Long indexedAt) {

    public static NurseryDocument unlisted(String id, long version) {
        return new NurseryDocument(id, false, version, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same document stamped with the time it is written to the index (epoch millis, the writer's clock). */
    public NurseryDocument indexedAt(long millis) {
        return new NurseryDocument(id, listed, version, name, operatorName, address, divisionCode, divisionPath, location,
                registrationType, operatingModel, inclusive, careTypes, ageGroups, ageBands, mealsProvided, openDays,
                opensAtMinute, closesAtMinute, fees, vacancyBands, vacancyAsOf, qualityGrade, qualityRank, filedOn, slots,
                contactPhone, millis);
    }

    public static String feeKey(String careType, String band) {
        return careType + "_" + band;
    }
}
