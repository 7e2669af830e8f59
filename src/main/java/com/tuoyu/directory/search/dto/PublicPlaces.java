package com.tuoyu.directory.search.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Places", description = "Candidate points for what the parent typed, from the configured map provider")
public record PublicPlaces(
        @Schema(enumeration = {"wgs84", "gcj02"}) String coordinateSystem,
        @Schema(description = "The map provider that answered", enumeration = {"tencent", "amap"}) String provider,
        List<PublicPlace> items) {
}
