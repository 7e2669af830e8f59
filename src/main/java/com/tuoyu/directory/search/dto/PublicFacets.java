package com.tuoyu.directory.search.dto;

import com.tuoyu.directory.disclosure.QualityGrade;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Counts for the filter chips, over the nurseries matching the whole search, with the label of every code. */
@Schema(name = "Facets")
public record PublicFacets(
        Map<String, Long> careType,
        Map<String, Long> ageGroup,
        Map<String, Long> operatingModel,
        Map<String, Long> inclusive,
        Map<String, Long> meals,
        Map<String, Long> qualityGrade,
        Map<String, Long> division,
        @Schema(description = "Nurseries with a free place reported within 30 days") long withVacancy,
        @Schema(type = SchemaType.OBJECT, description = "Per facet, the label to show for each code counted above (Chinese, or English with "
                + "Accept-Language: en); division codes are labelled with the county's name",
                example = "{\"careType\": {\"FULL_DAY\": \"全日托\"}, \"inclusive\": {\"true\": \"普惠\"}}")
        Map<String, Map<String, Text>> labels) {

    private static final Map<String, Text> YES_NO = Map.of("true", Text.of("是", "Yes"), "false", Text.of("否", "No"));
    private static final Map<String, Text> INCLUSIVE = Map.of("true", Text.of("普惠", "Inclusive"),
            "false", Text.of("非普惠", "Not inclusive"));

    /** The counts with their labels; division codes are named later ({@link #withDivisionNames}). */
    public static PublicFacets of(Map<String, Long> careType, Map<String, Long> ageGroup, Map<String, Long> operatingModel,
                                  Map<String, Long> inclusive, Map<String, Long> meals, Map<String, Long> qualityGrade,
                                  Map<String, Long> division, long withVacancy) {
        return new PublicFacets(careType, ageGroup, operatingModel, inclusive, meals, qualityGrade, division, withVacancy,
                labels(careType, ageGroup, operatingModel, inclusive, meals, qualityGrade, division, Map.of()));
    }

    /** The same counts, their division codes labelled with these names (code → name). */
    public PublicFacets withDivisionNames(Map<String, String> divisionNames) {
        return new PublicFacets(careType, ageGroup, operatingModel, inclusive, meals, qualityGrade, division, withVacancy,
                labels(careType, ageGroup, operatingModel, inclusive, meals, qualityGrade, division, divisionNames));
    }

    private static Map<String, Map<String, Text>> labels(
            Map<String, Long> careType, Map<String, Long> ageGroup, Map<String, Long> operatingModel,
            Map<String, Long> inclusive, Map<String, Long> meals, Map<String, Long> qualityGrade,
            Map<String, Long> division, Map<String, String> divisionNames) {
        Map<String, Map<String, Text>> labels = new LinkedHashMap<>();
        labels.put("careType", terms(careType, CareType::valueOf));
        labels.put("ageGroup", terms(ageGroup, AgeGroup::valueOf));
        labels.put("operatingModel", terms(operatingModel, OperatingModel::valueOf));
        labels.put("inclusive", fixed(inclusive, INCLUSIVE));
        labels.put("meals", fixed(meals, YES_NO));
        labels.put("qualityGrade", terms(qualityGrade, QualityGrade::valueOf));
        Map<String, Text> names = new LinkedHashMap<>();
        division.keySet().forEach(code -> {
            String name = divisionNames.getOrDefault(code, code);
            names.put(code, Text.of(name, name));
        });
        labels.put("division", names);
        return labels;
    }

    private static Map<String, Text> terms(Map<String, Long> counts, Function<String, ? extends Labelled> value) {
        Map<String, Text> labels = new LinkedHashMap<>();
        for (String code : counts.keySet()) {
            try {
                labels.put(code, value.apply(code).text());
            } catch (IllegalArgumentException unknown) {
                labels.put(code, Text.of(code, code));
            }
        }
        return labels;
    }

    private static Map<String, Text> fixed(Map<String, Long> counts, Map<String, Text> words) {
        Map<String, Text> labels = new LinkedHashMap<>();
        counts.keySet().forEach(code -> labels.put(code, words.getOrDefault(code, Text.of(code, code))));
        return labels;
    }
}
