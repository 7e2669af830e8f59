package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.supervision.dto.AdminDraw;
import com.tuoyu.directory.supervision.dto.AdminDrawRequest;
import com.tuoyu.directory.supervision.dto.AdminDrawVerification;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.ResponseStatus;

/** Random inspection draws (双随机): drawn weighted by risk, recorded with their seed, verifiable. */
@CompletesWhenClientLeaves
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: supervision")
@RequiredArgsConstructor
public class InspectionDrawAdminResource {

    private final InspectionDrawService draws;
    private final CurrentCaller caller;

    @POST
    @Path("/inspection-draws")
    @ResponseStatus(201)
    @Operation(operationId = "drawInspections", summary = "Draw nurseries for random inspection (双随机), weighted by risk, with inspectors",
            description = "Picks 'count' filed nurseries of the division without replacement, each with a chance growing with 1 + its risk score (Efraimidis-Spirakis), and 'inspectorsPerNursery' inspectors drawn uniformly from the roster for each. The seed (random when absent), candidates with weights, roster and picks are recorded and the draw is published without inspectors. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Drawn and recorded", content = @Content(schema = @Schema(implementation = AdminDraw.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    @APIResponse(responseCode = "409", description = "No filed nursery in the division, or too few active inspectors")
    public Uni<AdminDraw> draw(@Valid @NotNull AdminDrawRequest request) {
        return draws.draw(caller.get(), request);
    }

    @GET
    @Path("/inspection-draws/{id}")
    @Operation(operationId = "getInspectionDraw", summary = "A recorded draw with its seed, candidates, roster and picks", description = "Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminDraw.class)))
    public Uni<AdminDraw> getDraw(@PathParam("id") String id) {
        return draws.get(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/inspection-draws/{id}/verification")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "verifyInspectionDraw", summary = "Recompute a draw from its recorded seed, candidates and roster",
            description = "Answers whether the recomputed picks equal the recorded ones. Changes nothing. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminDrawVerification.class)))
    public Uni<AdminDrawVerification> verify(@PathParam("id") String id) {
        return draws.verify(caller.get(), RequestParameters.uuid("id", id));
    }
}
