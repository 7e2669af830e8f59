package com.tuoyu.directory.alert.dto;

import com.tuoyu.directory.nursery.CareType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * A new vacancy alert: a saved nursery ({@code nurseryId}) or an area, the child's birth month or age in months
 * (one of them), a care type, and, from the mini-program, the template id the parent just accepted.
 */
@Schema(name = "VacancyAlertRequest")
public record VacancyAlertRequest(
        @Schema(description = "A nursery on the parent's saved list; or leave out and give area") UUID nurseryId,
        @Valid @Schema(description = "A circle to watch instead of one nursery") AlertAreaRequest area,
        @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "{nursery.alert.birth-month}")
        @Schema(description = "The child's birth month (yyyy-MM); or give childAgeMonths", example = "2025-10")
        String childBirthMonth,
        @Min(0) @Max(35) @Schema(description = "The child's age in whole months today; kept as the birth month it means, so it moves with time",
                example = "14") Integer childAgeMonths,
        @NotNull @Schema(required = true, description = "The care type wanted", example = "FULL_DAY") CareType careType,
        @Size(min = 1, max = 128)
        @Schema(description = "The vacancy template id the parent accepted in wx.requestSubscribeMessage just before, if any: one consent",
                example = "vacancy-template-id") String wechatTemplateId) {
}
