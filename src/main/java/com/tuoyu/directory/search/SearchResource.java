package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.search.dto.PublicMapView;
import com.tuoyu.directory.search.dto.PublicSearchPage;
import com.tuoyu.directory.search.dto.PublicSuggestion;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

// The facets name their divisions from the register (division.DivisionLabels), read from PostgreSQL once: a client
// hanging up during that read must not leave its connection out of the pool.
@CompletesWhenClientLeaves
@Path("/api/v1/nurseries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Filed nurseries near a parent, by filters and text; public, no sign-in")
@RequiredArgsConstructor
public class SearchResource {

    private final NurserySearchService search;

    @GET
    @Operation(operationId = "searchNurseries", summary = "Search filed nurseries",
            description = "Nearby (lat/lng/radius), keyword (q) and filters, with facet counts on the first page and an opaque cursor for the next. Only nurseries whose filing is in force. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "A page of results",
            content = @Content(schema = @Schema(implementation = PublicSearchPage.class)))
    public Uni<PublicSearchPage> search(@BeanParam SearchParameters parameters) {
        return search.search(parameters);
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "suggestNurseryNames", summary = "Autocomplete nursery names as the parent types",
            description = "Characters (小太) or the pinyin of the name, full or initials (xiaotai, xty). With 'division' only nurseries in that province, city or county; with lat/lng the nearest first. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "Up to 'size' names",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicSuggestion.class)))
    public Uni<List<PublicSuggestion>> suggestions(
            @Parameter(description = "What the parent has typed so far", example = "小太") @RestQuery String q,
            @Parameter(description = "How many suggestions, 1 to 20", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "8"))
            @RestQuery String size,
            @Parameter(description = "Six-digit GB/T 2260 code of a province, city or county", example = "360102") @RestQuery String division,
            @Parameter(description = "Latitude of the parent, in the system given by 'coord': nearest first", example = "28.6849") @RestQuery String lat,
            @Parameter(description = "Longitude of the parent, in the system given by 'coord'", example = "115.8990") @RestQuery String lng,
            @Parameter(description = "Coordinate system of lat/lng: wgs84 or gcj02", schema = @Schema(enumeration = {"wgs84", "gcj02"}, defaultValue = "wgs84"))
            @RestQuery String coord) {
        return search.suggest(q, size, division, lat, lng, coord);
    }

    @GET
    @Path("/map")
    @Operation(operationId = "mapNurseries", summary = "Nurseries in a map viewport",
            description = "Clusters (count and centre per grid cell) below zoom 14, nurseries from zoom 14; at most 400 clusters or 200 points. Takes the same filters as the search. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "Clusters or points",
            content = @Content(schema = @Schema(implementation = PublicMapView.class)))
    public Uni<PublicMapView> map(
            @Parameter(description = "South edge", example = "28.60") @RestQuery String minLat,
            @Parameter(description = "West edge", example = "115.80") @RestQuery String minLng,
            @Parameter(description = "North edge", example = "28.75") @RestQuery String maxLat,
            @Parameter(description = "East edge", example = "116.00") @RestQuery String maxLng,
            @Parameter(description = "Map zoom level, 0 to 22", example = "12") @RestQuery String zoom,
            @BeanParam SearchParameters parameters) {
        return search.map(parameters, minLat, minLng, maxLat, maxLng, zoom);
    }
}
