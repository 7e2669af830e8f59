package com.tuoyu.directory.console.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the console's map needs to know about its tiles. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConsoleMapSettings", description = "Tile server of the console's nursery map; no tileUrl: plain background, points only")
public record ConsoleMapSettings(
        @Schema(description = "XYZ tile URL template; absent when none is configured", example = "https://tiles.example.cn/{z}/{x}/{y}.png")
        String tileUrl,
        @Schema(description = "Attribution to show with the tiles") String attribution,
        @Schema(description = "Subdomains for {s} in the template", example = "abc") String subdomains,
        @Schema(required = true, description = "The system the tiles are drawn in; ask the risk ranking for points in it")
        CoordinateSystem coordinateSystem,
        @Schema(required = true, example = "18") int maxZoom) {
}
