package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.platform.geo.CoordinateSystem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminRisk", description = "Supervision risk of a nursery with its components and place; drawWeight = 1 + score")
public record AdminRisk(UUID nurseryId, String name, String divisionCode,
                        @Schema(description = "The county's name", example = "东湖区") String divisionName,
                        LocalDate asOf, double score, double drawWeight, List<AdminRiskComponent> components,
                        @Schema(description = "Latitude in the system of coordinateSystem") double latitude,
                        @Schema(description = "Longitude in the system of coordinateSystem") double longitude,
                        @Schema(description = "WGS84 unless the ranking was asked for gcj02") CoordinateSystem coordinateSystem) {
}
