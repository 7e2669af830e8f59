package com.tuoyu.directory.search.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a map shows for a viewport: clusters when zoomed out, nurseries when zoomed in. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MapView")
public record PublicMapView(
        @Schema(enumeration = {"wgs84", "gcj02"}) String coordinateSystem,
        @Schema(enumeration = {"CLUSTERS", "POINTS"}) String mode,
        long total,
        List<Cluster> clusters,
        List<Point> points) {

    @Schema(name = "MapCluster")
    public record Cluster(@Schema(description = "Centre of the nurseries in the cell") PublicLocation centre, long count) {
    }

    @Schema(name = "MapPoint")
    public record Point(String id, String name, PublicLocation location, boolean inclusive) {
    }
}
