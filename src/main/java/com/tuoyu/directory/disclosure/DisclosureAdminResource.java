package com.tuoyu.directory.disclosure;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.disclosure.dto.AdminPermitsUpdate;
import com.tuoyu.directory.disclosure.dto.AdminRevision;
import com.tuoyu.directory.disclosure.dto.AdminSafetyUpdate;
import com.tuoyu.directory.disclosure.dto.AdminStaffingUpdate;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.util.List;
import java.util.Locale;

@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}/disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: disclosures", description = "Versioned disclosure sections and permits, own districts only")
@RequiredArgsConstructor
public class DisclosureAdminResource {

    private static final String SECTION_RULES = " Each change is a new revision (history kept, never overwritten) with who, "
            + "when, the source and the date the facts hold on; it is audited and reaches the public detail and the "
            + "search index within seconds. Send expectedRevision to be refused with 409 if someone changed the "
            + "section meanwhile. Nurseries outside your districts answer 404.";

    private final DisclosureAdminService service;
    private final CurrentCaller caller;

    @PUT
    @Path("/capacity")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "reviseCapacity", summary = "Revise the capacity section",
            description = "托位, children enrolled and classes per age group. Refused (422) when enrolment exceeds the slots "
                    + "or the slots need more classes than reported under the national class sizes (乳儿班 10, 托小班 15, "
                    + "托大班 20, 混合班 18). Carers stay as the staffing section says; ratios are flagged." + SECTION_RULES
                    + " Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminRevision.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Breaks the standard; errors[] names each field")
    public Uni<AdminRevision> capacity(@PathParam("id") String id, @Valid @NotNull AdminCapacityUpdate update) {
        return service.reviseCapacity(caller.get(), RequestParameters.uuid("id", id), update);
    }

    @PUT
    @Path("/staffing")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "reviseStaffing", summary = "Revise the staffing section",
            description = "Carers for every age group of the capacity section, health and security staff, qualification "
                    + "and health-certificate shares. The carer-to-child ratio of each group is computed against the "
                    + "standard (1:3, 1:5, 1:7; mixed 1:5) and a shortfall is accepted but flagged, here and publicly."
                    + SECTION_RULES + " Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminRevision.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Carers missing or given for groups the nursery does not have")
    public Uni<AdminRevision> staffing(@PathParam("id") String id, @Valid @NotNull AdminStaffingUpdate update) {
        return service.reviseStaffing(caller.get(), RequestParameters.uuid("id", id), update);
    }

    @PUT
    @Path("/permits")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "revisePermits", summary = "Revise the permits section",
            description = "Every permit and certificate with its validity. Issue dates may not be in the future nor "
                    + "after the expiry; a nursery serving meals must keep a food business licence valid today. Expired "
                    + "permits are shown publicly as expired and listed as missing." + SECTION_RULES
                    + " Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminRevision.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Inconsistent dates, or meals without a valid food business licence")
    public Uni<AdminRevision> permits(@PathParam("id") String id, @Valid @NotNull AdminPermitsUpdate update) {
        return service.revisePermits(caller.get(), RequestParameters.uuid("id", id), update);
    }

    @PUT
    @Path("/safety")
    @RolesAllowed("FILING_OFFICER")
    @Operation(operationId = "reviseSafety", summary = "Revise the safety section",
            description = "Meals served (needs a food business licence valid today), CCTV with the days footage is kept "
                    + "(1 to 3650; under 90 is flagged) and security staff on site." + SECTION_RULES
                    + " Roles: FILING_OFFICER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminRevision.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "Meals without a valid food business licence, or implausible CCTV facts")
    public Uni<AdminRevision> safety(@PathParam("id") String id, @Valid @NotNull AdminSafetyUpdate update) {
        return service.reviseSafety(caller.get(), RequestParameters.uuid("id", id), update);
    }

    @GET
    @Path("/{section}/history")
    @RolesAllowed({"FILING_OFFICER", "SUPERVISOR"})
    @Operation(operationId = "listDisclosureRevisions", summary = "Revisions of one disclosure section, newest first",
            description = "section is capacity, staffing, permits, safety or inclusive. Roles: FILING_OFFICER, SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminRevision.class)))
    public Uni<List<AdminRevision>> history(@PathParam("id") String id,
                                            @Parameter(schema = @Schema(enumeration = {"capacity", "staffing", "permits", "safety", "inclusive"}))
                                            @PathParam("section") String section) {
        DisclosureSection parsed = RequestParameters.enumValue("section",
                section == null ? null : section.toUpperCase(Locale.ROOT), DisclosureSection.class);
        if (parsed == null) {
            throw com.tuoyu.directory.platform.problem.ProblemException.invalidParameter("section", "必须填写", "is required");
        }
        return service.history(caller.get(), RequestParameters.uuid("id", id), parsed);
    }
}
