package com.tuoyu.directory.comparison.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.disclosure.dto.PublicCarerRatio;
import com.tuoyu.directory.fees.dto.PublicOneOffFee;
import com.tuoyu.directory.nurserypage.dto.PublicOpeningHours;
import com.tuoyu.directory.subsidy.dto.PublicCostEstimate;
import com.tuoyu.directory.supervision.dto.PublicInspection;
import com.tuoyu.directory.supervision.dto.PublicQualityAssessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComparedNursery", description = "One nursery's column of the comparison")
public record ComparedNursery(
        UUID id,
        @Schema(example = "小太阳托育中心") String name,
        @Schema(description = "普惠") boolean inclusive,
        String address,
        @Schema(description = "Per care type offered by any of the nurseries compared, in a fixed order") List<ComparedCareType> careTypes,
        @Schema(description = "One-off fees in force") List<PublicOneOffFee> oneOffFees,
        ComparedVacancies vacancies,
        PublicOpeningHours openingHours,
        @Schema(description = "Carer ratios of the classes the child's age joins, against the national standard")
        List<PublicCarerRatio> carerRatios,
        @Schema(description = "Whether every class of the nursery meets the standard ratio") boolean ratiosMeetStandard,
        @Schema(description = "The latest inspection; absent when never inspected") PublicInspection latestInspection,
        @Schema(description = "The latest quality grade; absent when never assessed") PublicQualityAssessment qualityAssessment,
        @Schema(description = "Administrative penalties decided in the last 24 months", example = "0") int penaltiesLast24Months,
        @Schema(description = "Complaints found substantiated (fully or partly) in the last 24 months", example = "1")
        int substantiatedComplaintsLast24Months,
        @Schema(description = "Great-circle distance from the point, in metres; absent without a point", example = "1240") Integer distanceMetres,
        @Schema(description = "Estimated walking time: the straight line lengthened by 30% for streets, at 80 m a minute "
                + "(4.8 km/h), as search cards estimate it", example = "21") Integer walkingMinutes,
        @Schema(description = "The nursery page's cost estimate for this child, with the subsidies that may apply and their source")
        PublicCostEstimate costEstimate) {
}
