package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.search.dto.PublicPlaces;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

// A parent who gives up waiting for the map provider cancels the call to it too.
@CompletesWhenClientLeaves
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
@RequiredArgsConstructor
public class PlaceResource {

    private final PlaceSearch places;

    @GET
    @Operation(operationId = "findPlaces", summary = "Find a housing estate, street or landmark to search around",
            description = "Candidate points from the configured map provider (Tencent Location Service or AMap), converted from GCJ-02 to WGS-84 unless coord=gcj02; pass one's location as lat/lng to the search. 501 when this deployment has no provider configured; 503 when the provider does not answer. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "Candidate places, best first",
            content = @Content(schema = @Schema(implementation = PublicPlaces.class)))
    @APIResponse(responseCode = "501", description = "No map provider is configured on this service: pick a point on the map instead")
    public Uni<PublicPlaces> find(
            @Parameter(description = "What the parent typed", example = "红谷滩万达广场") @RestQuery String q,
            @Parameter(description = "City to look in (name or code); without it the whole country", example = "南昌市") @RestQuery String region,
            @Parameter(description = "Coordinate system of the answer: wgs84 or gcj02", schema = @Schema(enumeration = {"wgs84", "gcj02"}, defaultValue = "wgs84"))
            @RestQuery String coord,
            @Parameter(description = "How many places, 1 to 20", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "10"))
            @RestQuery String size) {
        return places.find(q, region, coord, size);
    }
}
