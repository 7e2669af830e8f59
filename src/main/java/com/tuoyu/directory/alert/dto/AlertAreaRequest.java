package com.tuoyu.directory.alert.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The circle an area alert watches. */
@Schema(name = "VacancyAlertAreaRequest")
public record AlertAreaRequest(
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(required = true, example = "28.6832") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(required = true, example = "115.9023") Double lng,
        @NotNull @Min(100) @Schema(required = true, description = "Metres, 100 to 10000", example = "2000") Integer radius,
        @Pattern(regexp = "wgs84|gcj02", message = "{nursery.coordinate-system}")
        @Schema(description = "The system of lat and lng: wgs84 (default) or gcj02", example = "gcj02") String coord) {
}
