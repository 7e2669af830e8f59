package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.AdminReplyTemplate;
import com.tuoyu.directory.complaint.dto.AdminReplyTemplateRecord;
import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
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
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/reply-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: complaints")
@RequiredArgsConstructor
public class ReplyTemplateAdminResource {

    private final ReplyTemplateService templates;
    private final CurrentCaller caller;

    @GET
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(operationId = "listReplyTemplates", summary = "Reply templates",
            description = "Given a category: its own templates, then those for every category. Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminReplyTemplate.class)))
    public Uni<List<AdminReplyTemplate>> list(@RestQuery String category) {
        return templates.list(RequestParameters.enumValue("category", category, ComplaintCategory.class));
    }

    @POST
    @RolesAllowed("SUPERVISOR")
    @ResponseStatus(201)
    @Operation(operationId = "createReplyTemplate", summary = "Add a reply template", description = "Audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AdminReplyTemplate.class)))
    public Uni<AdminReplyTemplate> create(@Valid @NotNull AdminReplyTemplateRecord record) {
        return templates.create(caller.get(), record);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "updateReplyTemplate", summary = "Change a reply template",
            description = "Send the version you saw; 409 when someone else changed it first. Audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = AdminReplyTemplate.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed it first")
    public Uni<AdminReplyTemplate> update(@PathParam("id") String id, @Valid @NotNull AdminReplyTemplateRecord record) {
        return templates.update(caller.get(), RequestParameters.uuid("id", id), record);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("SUPERVISOR")
    @ResponseStatus(204)
    @Operation(operationId = "deleteReplyTemplate", summary = "Remove a reply template", description = "Audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> delete(@PathParam("id") String id) {
        return templates.delete(caller.get(), RequestParameters.uuid("id", id));
    }
}
