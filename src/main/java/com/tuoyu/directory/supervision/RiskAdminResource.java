package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.supervision.dto.AdminRisk;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** Supervision risk: a division's nurseries ranked riskiest first (one nursery's: SupervisionAdminResource). */
@CompletesWhenClientLeaves
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: supervision")
@RequiredArgsConstructor
public class RiskAdminResource {

    private final RiskService risk;
    private final CurrentCaller caller;

    @GET
    @Path("/risk")
    @Operation(operationId = "rankNurseriesByRisk", summary = "Filed nurseries of a division ranked by supervision risk",
            description = "Riskiest first, each with its components, its county and its place (WGS-84, or GCJ-02 with coord=gcj02 for Chinese map tiles). Roles: SUPERVISOR.")
    @APIResponse(responseCode = "400", description = "Invalid division code or coord")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminRisk.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    public Uni<List<AdminRisk>> ranking(
            @Parameter(description = "GB/T 2260 code of a county, city or province", example = "360102") @RestQuery String division,
            @Parameter(description = "Coordinate system of the places: wgs84 (default) or gcj02", example = "wgs84") @RestQuery String coord) {
        CoordinateSystem coordinates = CoordinateSystem.fromParameter(coord);
        if (coordinates == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("coord", "必须是 wgs84 或 gcj02", "must be wgs84 or gcj02"));
        }
        return risk.ranking(caller.get(), division, coordinates);
    }
}
