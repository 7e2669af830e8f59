package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.complaint.dto.AdminComplaintAction;
import com.tuoyu.directory.complaint.dto.AdminComplaintSummary;
import com.tuoyu.directory.complaint.dto.AdminComplaintView;
import com.tuoyu.directory.complaint.dto.AdminContact;
import com.tuoyu.directory.complaint.dto.AdminContactReveal;
import com.tuoyu.directory.platform.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"HANDLER", "SUPERVISOR"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: complaints", description = "The handlers' queue and workflow, own districts only")
@RequiredArgsConstructor
public class ComplaintAdminResource {

    private final ComplaintHandlingService handling;
    private final CurrentCaller caller;

    @GET
    @Operation(operationId = "listAdminComplaints", summary = "The complaint queue of my districts", description = "Urgent first, then by the next deadline. Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminComplaintSummary.class)))
    public Uni<List<AdminComplaintSummary>> queue(@RestQuery String status, @RestQuery String category,
                                                  @RestQuery String division, @RestQuery String urgent,
                                                  @RestQuery String overdue, @RestQuery String page, @RestQuery String size) {
        return handling.queue(caller.get(), new ComplaintHandlingService.QueueFilter(
                RequestParameters.enumValue("status", status, ComplaintStatus.class),
                RequestParameters.enumValue("category", category, ComplaintCategory.class),
                RequestParameters.divisionCode("division", division, false),
                RequestParameters.bool("urgent", urgent), RequestParameters.bool("overdue", overdue),
                RequestParameters.integer("page", page, 0, 0, 10_000), RequestParameters.integer("size", size, 20, 1, 100)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminComplaint", summary = "One complaint with its full history; contact number masked", description = "Each read is audited. Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminComplaintView.class)))
    public Uni<AdminComplaintView> get(@PathParam("id") String id) {
        return handling.get(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/{id}/actions")
    @Operation(operationId = "actOnComplaint", summary = "Act on a complaint",
            description = "ACCEPT, REJECT, ASSIGN, REQUEST_INFO, NOTE, REPLY, ESCALATE, RETURN_TO_HANDLER, RESOLVE. Send the version you saw: if someone acted first, 409. Illegal transitions are 409. Roles: HANDLER, SUPERVISOR (RETURN_TO_HANDLER and resolving an escalated complaint: SUPERVISOR).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminComplaintView.class)))
    @APIResponse(responseCode = "400", description = "Missing text, assignee or finding")
    @APIResponse(responseCode = "409", description = "Illegal transition, or someone else acted first")
    public Uni<AdminComplaintView> act(@PathParam("id") String id, @Valid @NotNull AdminComplaintAction action) {
        return handling.act(caller.get(), RequestParameters.uuid("id", id), action);
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/heic", Problem.MEDIA_TYPE})
    @Operation(operationId = "getAdminComplaintPhoto", summary = "A photo of a complaint in my districts", description = "Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", description = "The image, metadata removed")
    public Uni<jakarta.ws.rs.core.Response> photo(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        return handling.photo(caller.get(), RequestParameters.uuid("id", id), RequestParameters.uuid("photoId", photoId))
                .map(ComplaintResource::image);
    }

    @POST
    @Path("/{id}/contact-reveal")
    @Operation(operationId = "revealComplaintContact", summary = "Reveal the parent's full contact number", description = "Needs a stated reason; every reveal is audited. Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminContact.class)))
    public Uni<AdminContact> reveal(@PathParam("id") String id, @Valid @NotNull AdminContactReveal reveal) {
        return handling.revealContact(caller.get(), RequestParameters.uuid("id", id), reveal.reason());
    }
}
