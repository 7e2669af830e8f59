package com.tuoyu.directory.comparison.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComparedPoint", description = "A point as the client sent it")
public record ComparedPoint(
        @Schema(description = "wgs84 or gcj02", example = "wgs84") String coord,
        @Schema(example = "28.6849") double lat,
        @Schema(example = "115.899") double lng) {
}
