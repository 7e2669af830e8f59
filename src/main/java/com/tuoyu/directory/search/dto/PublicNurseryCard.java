package com.tuoyu.directory.search.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One search result: what a result card shows, with no database round trip behind it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NurseryCard")
public record PublicNurseryCard(
        @Schema(example = "0d9a7c8e-2f7b-3c55-9b1e-6a2f1c0d4e11") String id,
        @Schema(example = "小太阳托育中心") String name,
        @Schema(example = "南昌市小太阳托育服务有限公司") String operatorName,
        @Schema(example = "江西省南昌市东湖区八一大道128号") String address,
        @Schema(example = "360102") String divisionCode,
        PublicLocation location,
        @Schema(description = "Straight-line distance from lat/lng in metres; only with lat/lng", example = "850") Integer distanceMetres,
        @Schema(description = "Estimated walking time: the straight line lengthened by 30% for streets, at 80 m a minute", example = "14") Integer walkingMinutes,
        @Schema(description = "Within the 15-minute living circle (15分钟生活圈) by the walking estimate") Boolean withinFifteenMinutes,
        boolean inclusive,
        OperatingModel operatingModel,
        List<CareType> careTypes,
        List<AgeGroup> ageGroups,
        PublicFee fee,
        @Schema(description = "A free place for the child's age (or any age); absent when the nursery has not reported within 30 days") Boolean hasVacancy,
        @Schema(enumeration = {"EXCELLENT", "GOOD", "QUALIFIED", "UNQUALIFIED"}) String qualityGrade,
        LocalDate filedOn,
        @Schema(description = "Matched fragments per field, matches wrapped in <em>") Map<String, List<String>> highlights,
        @Schema(description = "What a parent should know: a penalty within 24 months, carers below the national ratio, the black list, no inspection within 12 months; empty when none") List<PublicWarning> warnings,
        @Schema(description = "Date of the latest inspection; absent when never inspected") LocalDate lastInspectedOn) {
}
