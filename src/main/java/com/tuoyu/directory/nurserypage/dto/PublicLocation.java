package com.tuoyu.directory.nurserypage.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NurseryLocation", description = "Address, division and coordinates in the system the caller asked for")
public record PublicLocation(
        @Schema(example = "2026-11-22") LocalDate asOf,
        @Schema(example = "江西省南昌市东湖区人民路12号") String address,
        @Schema(description = "GB/T 2260 code of the county-level division", example = "360102") String divisionCode,
        @Schema(example = "东湖区") String countyName,
        @Schema(example = "南昌市") String cityName,
        @Schema(example = "江西省") String provinceName,
        @Schema(description = "System of latitude and longitude: wgs84 or gcj02", enumeration = {"wgs84", "gcj02"},
                example = "gcj02") String coordinateSystem,
        @Schema(example = "28.681234") double latitude,
        @Schema(example = "115.904321") double longitude) {
}
