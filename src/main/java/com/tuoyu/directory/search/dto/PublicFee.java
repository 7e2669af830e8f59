package com.tuoyu.directory.search.dto;

import com.tuoyu.directory.platform.text.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FeeSummary", description = "The lowest fee in force for the care type (and the child's age, when given)")
public record PublicFee(
        CareType careType,
        @Schema(example = "2200") int amountYuan,
        @Schema(description = "MONTH for full- and half-day care, HOUR for hourly care, DAY for temporary care",
                enumeration = {"MONTH", "HOUR", "DAY"}) String unit,
        @Schema(description = "The class (班型) this fee is for") PublicTerm ageGroup,
        @Schema(description = "The lowest of several classes' fees (shown with 起)") boolean lowestOfSeveral,
        @Schema(description = "Whether amountYuan includes the monthly meal fee (includeMeals=true)") boolean includesMeals,
        @Schema(implementation = String.class, description = "The fee as a card shows it", example = "托小班 2200元/月起") Text label) {

    public static String unitOf(CareType careType) {
        return switch (careType) {
            case FULL_DAY, HALF_DAY -> "MONTH";
            case HOURLY -> "HOUR";
            case TEMPORARY -> "DAY";
        };
    }
}
