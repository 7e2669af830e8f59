package com.tuoyu.directory.nurserystaff.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeItem", description = "One step of the daily programme (一日活动安排)")
public record ProgrammeItem(
        @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "{nursery.page.time}")
        @Schema(description = "Local time HH:mm (China)", example = "09:30") String time,
        @NotBlank @Size(max = 100) @Schema(example = "户外活动") String activity) {
}
