package com.tuoyu.directory.search.dto;

import com.tuoyu.directory.nursery.CareType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeeSummary", description = "The lowest fee in force for the care type (and the child's age, when given)")
public record PublicFee(
        CareType careType,
        @Schema(example = "2200") int amountYuan,
        @Schema(description = "MONTH for full- and half-day care, HOUR for hourly care, DAY for temporary care",
                enumeration = {"MONTH", "HOUR", "DAY"}) String unit) {

    public static String unitOf(CareType careType) {
        return switch (careType) {
            case FULL_DAY, HALF_DAY -> "MONTH";
            case HOURLY -> "HOUR";
            case TEMPORARY -> "DAY";
        };
    }
}
