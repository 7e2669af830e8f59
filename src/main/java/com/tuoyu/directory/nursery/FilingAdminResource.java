package com.tuoyu.directory.nursery;

import com.tuoyu.directory.nursery.dto.AdminFiling;
import com.tuoyu.directory.nursery.dto.AdminFilingDecision;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.RequestParameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/nurseries/{id}/filing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: filings")
@SecurityRequirement(name = "bearer")
public class FilingAdminResource {

    private final NurseryService nurseries;

    public FilingAdminResource(NurseryService nurseries) {
        this.nurseries = nurseries;
    }

    @POST
    @Path("/decisions")
    @RolesAllowed("FILING_OFFICER")
    @Operation(summary = "Decide on a nursery's filing",
            description = "FILE (receipt), RETURN (public reasons), RESUBMIT, REVOKE or CLOSE; the public directory follows within seconds. Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", description = "The filing after the decision",
            content = @Content(schema = @Schema(implementation = AdminFiling.class)))
    @APIResponse(responseCode = "400", description = "Missing filing number or reasons, malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a filing officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such nursery", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The decision is not possible from the filing's current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AdminFiling> decide(@PathParam("id") String id, @Valid @NotNull AdminFilingDecision decision) {
        return nurseries.decide(RequestParameters.uuid("id", id), decision);
    }
}
