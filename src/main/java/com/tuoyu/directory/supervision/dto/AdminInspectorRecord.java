package com.tuoyu.directory.supervision.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminInspectorRecord", description = "An inspector on a division's roster (personal data, admin only)")
public record AdminInspectorRecord(
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "{nursery.division.code}")
        @Schema(required = true, example = "360102") String divisionCode,
        @NotBlank @Size(max = 60) @Schema(required = true, example = "张三") String name,
        @NotBlank @Size(max = 40) @Schema(required = true, example = "DH-0042") String employeeNumber,
        @Schema(description = "Whether drawn for inspections; default true. Inspectors are deactivated, never deleted")
        Boolean active) {
}
