package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.complaint.dto.AdminComplaintAction;
import com.tuoyu.directory.complaint.dto.AdminComplaintCounts;
import com.tuoyu.directory.complaint.dto.AdminComplaintPage;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.complaint.dto.AdminComplaintView;
import com.tuoyu.directory.complaint.dto.AdminContact;
import com.tuoyu.directory.complaint.dto.AdminContactAccess;
import com.tuoyu.directory.complaint.dto.AdminContactAccessReopen;
import com.tuoyu.directory.complaint.dto.AdminContactReveal;
import com.tuoyu.directory.complaint.dto.AdminRevealAlert;
import com.tuoyu.directory.platform.text.PublicTerm;
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
    private final ComplaintQueue queue;
    private final ContactReveals reveals;
    private final ContactRevealAlerts alerts;
    private final CurrentCaller caller;

    @GET
    @Operation(operationId = "listAdminComplaints", summary = "The complaint queue of my districts",
            description = "Urgent first, then open ones by the next deadline, decided ones last. Each row names the nursery "
                    + "and county, labels the category and status, and says the working time left or overdue. "
                    + "Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminComplaintPage.class)))
    public Uni<AdminComplaintPage> queue(@RestQuery String status, @RestQuery String category,
                                         @RestQuery String division, @RestQuery String urgent, @RestQuery String overdue,
                                         @RestQuery String assignedToMe, @RestQuery String newInformation,
                                         @RestQuery String page, @RestQuery String size) {
        return queue.page(caller.get(), new ComplaintQueue.Filter(
                RequestParameters.enumValue("status", status, ComplaintStatus.class),
                RequestParameters.enumValue("category", category, ComplaintCategory.class),
                RequestParameters.divisionCode("division", division, false),
                RequestParameters.bool("urgent", urgent), RequestParameters.bool("overdue", overdue),
                RequestParameters.bool("assignedToMe", assignedToMe), RequestParameters.bool("newInformation", newInformation),
                RequestParameters.integer("page", page, 0, 0, 10_000), RequestParameters.integer("size", size, 20, 1, 100)));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countAdminComplaints", summary = "The counts on the queue's tabs",
            description = "Per status, and of the open ones: per category and county, urgent, overdue, assigned to me, with "
                    + "new information. Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminComplaintCounts.class)))
    public Uni<AdminComplaintCounts> counts(@RestQuery String division) {
        return queue.counts(caller.get(), RequestParameters.divisionCode("division", division, false));
    }

    @GET
    @Path("/{id}/assignees")
    @Operation(operationId = "listComplaintAssignees", summary = "Who the complaint may be assigned to",
            description = "Active handlers whose districts cover the complaint's county; ASSIGN refuses anyone else (422). "
                    + "Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StaffMember.class)))
    public Uni<List<StaffMember>> assignees(@PathParam("id") String id) {
        return handling.assignees(caller.get(), RequestParameters.uuid("id", id));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminComplaint", summary = "One complaint with its full history; contact number masked", description = "Each read is audited; opening it clears the new-information marker. Roles: HANDLER, SUPERVISOR.")
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
    @APIResponse(responseCode = "422", description = "An assignee who is not an active handler of the county, or a linked record of another nursery")
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
    @Operation(operationId = "revealComplaintContact", summary = "Reveal the parent's full contact number",
            description = "Needs a reason from the list (listContactRevealReasons) and a sentence; every reveal is audited. "
                    + "Refused (409) once the complaint is resolved or not accepted, unless a supervisor has re-opened access "
                    + "(reopenComplaintContactAccess). The reveal that takes a person past the daily threshold "
                    + "(nursery.contact-reveal.daily-threshold, 10) alerts the county's supervisors. Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminContact.class)))
    @APIResponse(responseCode = "409", description = "The complaint is closed and access was not re-opened",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<AdminContact> reveal(@PathParam("id") String id, @Valid @NotNull AdminContactReveal reveal) {
        return reveals.reveal(caller.get(), RequestParameters.uuid("id", id), reveal.reasonCode(), reveal.reason());
    }

    @GET
    @Path("/contact-reveal-reasons")
    @Operation(operationId = "listContactRevealReasons", summary = "Reasons for revealing a reporter's number",
            description = "The list a reveal's reason is chosen from, labelled in Chinese (English with Accept-Language: en). "
                    + "Roles: HANDLER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicTerm.class)))
    public Uni<List<PublicTerm>> revealReasons() {
        return Uni.createFrom().item(java.util.Arrays.stream(RevealReason.values()).map(RevealReason::term).toList());
    }

    @POST
    @Path("/{id}/contact-access")
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "reopenComplaintContactAccess", summary = "Re-open access to a closed complaint's reporter number",
            description = "For a resolved or not accepted complaint in the supervisor's districts: handlers may reveal its "
                    + "number again for a while (nursery.contact-reveal.reopened-for, 7 days). Needs a reason; audited. "
                    + "Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminContactAccess.class)))
    @APIResponse(responseCode = "409", description = "The complaint is not closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<AdminContactAccess> reopenContactAccess(@PathParam("id") String id, @Valid @NotNull AdminContactAccessReopen request) {
        return reveals.reopen(caller.get(), RequestParameters.uuid("id", id), request.reason());
    }

    @GET
    @Path("/contact-reveal-alerts")
    @RolesAllowed("SUPERVISOR")
    @Operation(operationId = "listContactRevealAlerts", summary = "Alerts: too many reporter numbers revealed in a day",
            description = "The newest 100 alerts about counties in the supervisor's districts: who revealed how many "
                    + "reporters' numbers on which day, past the daily threshold. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminRevealAlert.class)))
    public Uni<List<AdminRevealAlert>> revealAlerts() {
        return alerts.list(caller.get());
    }
}
