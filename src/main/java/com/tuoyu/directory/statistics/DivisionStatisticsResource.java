package com.tuoyu.directory.statistics;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.statistics.dto.PublicDivisionStatistics;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@CompletesWhenClientLeaves
@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "GB/T 2260 administrative divisions; public, no sign-in")
@RequiredArgsConstructor
public class DivisionStatisticsResource {

    private final StatisticsService statistics;

    @GET
    @Path("/{code}/statistics")
    @Operation(operationId = "getDivisionStatistics", summary = "Nursery statistics of a division",
            description = "Filed nurseries, slots, slots per 1,000 residents against the 4.5 target, inclusive share of nurseries and of slots, enrolment rate and complaints substantiated in the last 12 months per 100 slots; a city or province adds up its counties. Cached for a minute. Roles: none (public).")
    @APIResponse(responseCode = "200", description = "The division's figures",
            content = @Content(schema = @Schema(implementation = PublicDivisionStatistics.class)))
    public Uni<RestResponse<PublicDivisionStatistics>> statistics(
            @Parameter(description = "Six-digit GB/T 2260 code", example = "360102") @PathParam("code") String code) {
        return statistics.statistics(code).map(body -> RestResponse.ResponseBuilder.ok(body)
                .header("Cache-Control", "public, max-age=60").build());
    }
}
