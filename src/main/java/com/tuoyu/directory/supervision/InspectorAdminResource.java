package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.supervision.dto.AdminInspector;
import com.tuoyu.directory.supervision.dto.AdminInspectorRecord;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The inspector roster of a division: personal data, never published. */
@CompletesWhenClientLeaves
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: supervision")
@RequiredArgsConstructor
public class InspectorAdminResource {

    private final InspectorRosterService roster;
    private final CurrentCaller caller;

    @GET
    @Path("/inspectors")
    @Operation(operationId = "listInspectors", summary = "The inspector roster of a division and the divisions inside it",
            description = "Names and employee numbers are personal data, never published. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminInspector.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    public Uni<List<AdminInspector>> inspectors(
            @Parameter(description = "GB/T 2260 code", example = "360102") @RestQuery String division) {
        return roster.list(caller.get(), division);
    }

    @POST
    @Path("/inspectors")
    @ResponseStatus(201)
    @Operation(operationId = "addInspector", summary = "Add an inspector to a division's roster", description = "Audited by id and employee number. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AdminInspector.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    @APIResponse(responseCode = "409", description = "The employee number is already on that roster")
    public Uni<AdminInspector> addInspector(@Valid @NotNull AdminInspectorRecord record) {
        return roster.add(caller.get(), record);
    }

    @PUT
    @Path("/inspectors/{id}")
    @Operation(operationId = "updateInspector", summary = "Change or deactivate an inspector", description = "Inspectors are deactivated (active=false), never deleted. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminInspector.class)))
    @APIResponse(responseCode = "409", description = "The employee number is already on that roster")
    public Uni<AdminInspector> updateInspector(@PathParam("id") String id, @Valid @NotNull AdminInspectorRecord record) {
        return roster.update(caller.get(), RequestParameters.uuid("id", id), record);
    }
}
