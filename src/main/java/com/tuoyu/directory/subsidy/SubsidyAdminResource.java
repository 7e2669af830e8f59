package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.http.Created;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import com.tuoyu.directory.subsidy.dto.AdminSubsidy;
import com.tuoyu.directory.subsidy.dto.AdminSubsidyEntry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
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

@CompletesWhenClientLeaves
@Path("/api/v1/admin/subsidies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: subsidies", description = "Subsidies that lower what families pay (育儿补贴, 普惠托位补贴, employer allowances)")
@RequiredArgsConstructor
public class SubsidyAdminResource {

    private final SubsidyAdminService service;
    private final CurrentCaller caller;

    @GET
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "listSubsidies", summary = "Subsidies of a division and the divisions inside it",
            description = "Every subsidy recorded for the division or below it, ended and scheduled included, with its "
                    + "state today. 100000 lists the national ones. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminSubsidy.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    public Uni<List<AdminSubsidy>> list(@Parameter(description = "Division code in your scope (100000: national)",
            required = true, example = "360100") @RestQuery String division) {
        return service.list(caller.get(), RequestParameters.divisionCode("division", division, true));
    }

    @POST
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "createSubsidy", summary = "Record a subsidy for a division in your districts",
            description = "It applies to the nurseries of the division and of the divisions inside it, from validFrom to "
                    + "validTo, under its conditions; the nursery page and the comparison count it at once. Audited. "
                    + "Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdminSubsidy.class)))
    @APIResponse(responseCode = "404", description = "Division outside your districts")
    @APIResponse(responseCode = "422", description = "Unknown division, validTo before validFrom, or an empty age range")
    public Uni<Response> create(@Valid @NotNull AdminSubsidyEntry entry) {
        return service.create(caller.get(), entry)
                .map(s -> Created.at("/api/v1/admin/subsidies/" + s.id()).entity(s).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "getSubsidy", summary = "One subsidy", description = "Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminSubsidy.class)))
    @APIResponse(responseCode = "404", description = "No such subsidy in your districts")
    public Uni<AdminSubsidy> get(@PathParam("id") String id) {
        return service.get(caller.get(), RequestParameters.uuid("id", id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "updateSubsidy", summary = "Correct a subsidy or end it (set validTo)",
            description = "Both the old and the new division must be in your districts. Audited with the row before and "
                    + "after. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminSubsidy.class)))
    @APIResponse(responseCode = "404", description = "No such subsidy, or a division outside your districts")
    @APIResponse(responseCode = "422", description = "Unknown division, validTo before validFrom, or an empty age range")
    public Uni<AdminSubsidy> update(@PathParam("id") String id, @Valid @NotNull AdminSubsidyEntry entry) {
        return service.update(caller.get(), RequestParameters.uuid("id", id), entry);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("SUPERVISOR")
    @ResponseStatus(204)
    @Operation(operationId = "deleteSubsidy", summary = "Delete a subsidy recorded by mistake",
            description = "To stop a subsidy that was paid, set its validTo instead, so its history stays. Audited with "
                    + "the row deleted. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subsidy in your districts")
    public Uni<Void> delete(@PathParam("id") String id) {
        return service.delete(caller.get(), RequestParameters.uuid("id", id));
    }
}
