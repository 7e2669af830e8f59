package com.tuoyu.directory.visit.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "VisitRequestCreate", description = "A parent's request to visit a nursery at one of its offered times")
public record ParentVisitRequestCreate(
        @NotNull UUID nurseryId,
        @NotNull @Schema(description = "One of the nursery's offered times (listNurseryVisitTimes)") UUID visitTimeId,
        @Schema(description = "Whether the nursery may see the phone below for this request; default false") Boolean sharePhone,
        @Pattern(regexp = "1[3-9][0-9]{9}", message = "{nursery.phone.mobile}")
        @Schema(description = "Mainland mobile number; needed when sharePhone is true, kept only then", example = "13800138000")
        String phone,
        @PositiveOrZero @Max(36) @Schema(description = "The child's age in months", example = "14") Integer childAgeMonths,
        @Size(max = 300) @Schema(example = "想看看户外场地") String message) {
}
