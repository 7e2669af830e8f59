package com.tuoyu.directory.supervision.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminDrawRequest")
public record AdminDrawRequest(
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "{nursery.division.code}")
        @Schema(required = true, example = "360102") String division,
        @NotNull @Min(1) @Max(100) @Schema(required = true, description = "Nurseries to draw", example = "3") Integer count,
        @Min(1) @Max(5) @Schema(description = "Inspectors per nursery; default 2", example = "2") Integer inspectorsPerNursery,
        @Schema(description = "Seed of the draw; a random one is generated and recorded when absent") Long seed) {
}
