package com.tuoyu.directory.nurserystaff.dto;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminVacancyLine", description = "Free places of one class type for one care type")
public record VacancyLine(
        @NotNull @Schema(description = "班型") AgeGroup ageGroup,
        @NotNull @Schema(description = "托育类型; one the nursery offers") CareType careType,
        @NotNull @PositiveOrZero @Max(10_000) @Schema(description = "Free places", example = "2") Integer places) {
}
