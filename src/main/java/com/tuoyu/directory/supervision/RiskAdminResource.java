package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.supervision.dto.AdminRisk;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
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

/**
 * A division's filed nurseries ranked by supervision risk. One nursery's risk is answered beside its records
 * ({@link SupervisionAdminResource}): the router picks the class with the longest matching path first.
 */
@CompletesWhenClientLeaves
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: supervision")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a supervisor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not in your districts", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RiskAdminResource {

    private final RiskService risk;
    private final JsonWebToken token;

    public RiskAdminResource(RiskService risk, JsonWebToken token) {
        this.risk = risk;
        this.token = token;
    }

    @GET
    @Path("/risk")
    @Operation(summary = "Filed nurseries of a division ranked by supervision risk",
            description = "Riskiest first, each with its components. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminRisk.class)))
    @APIResponse(responseCode = "400", description = "'division' missing or not a six-digit code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AdminRisk>> ranking(
            @Parameter(description = "GB/T 2260 code of a county, city or province", example = "360102") @RestQuery String division) {
        return risk.ranking(Caller.of(token), division);
    }
}
