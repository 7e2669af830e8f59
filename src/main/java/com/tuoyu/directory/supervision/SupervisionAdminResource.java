package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.http.CompletesWhenClientLeaves;
import com.tuoyu.directory.supervision.dto.AdminCreditEntry;
import com.tuoyu.directory.supervision.dto.AdminCreditEntryRecord;
import com.tuoyu.directory.supervision.dto.AdminInspection;
import com.tuoyu.directory.supervision.dto.AdminInspectionRecord;
import com.tuoyu.directory.supervision.dto.AdminMisconduct;
import com.tuoyu.directory.supervision.dto.AdminMisconductRecord;
import com.tuoyu.directory.supervision.dto.AdminPenalty;
import com.tuoyu.directory.supervision.dto.AdminPenaltyRecord;
import com.tuoyu.directory.supervision.dto.AdminQualityAssessment;
import com.tuoyu.directory.supervision.dto.AdminQualityAssessmentRecord;
import com.tuoyu.directory.supervision.dto.AdminRisk;
import com.tuoyu.directory.supervision.dto.AdminSupervisionRecords;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Supervision records of one nursery: written by supervisors (SUPERVISOR) of its district. Appended with POST,
 * corrected with PUT and a stated reason; never deleted.
 */
@CompletesWhenClientLeaves
@Path("/api/v1/admin/nurseries/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@SecurityRequirement(name = "bearer")
@Tag(name = "Admin: supervision", description = "Inspections, quality grades, penalties, misconduct, red and black lists, risk")
@RequiredArgsConstructor
public class SupervisionAdminResource {

    private final SupervisionRecordService records;
    private final RiskService risk;
    private final CurrentCaller caller;

    @GET
    @Path("/supervision")
    @Operation(operationId = "getSupervisionRecords", summary = "Every supervision record of a nursery, with the inspectors of each inspection",
            description = "Inspectors are personal data: shown here only, never in the public disclosure. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminSupervisionRecords.class)))
    public Uni<AdminSupervisionRecords> records(@PathParam("id") String id) {
        return records.records(caller.get(), RequestParameters.uuid("id", id));
    }

    @POST
    @Path("/inspections")
    @ResponseStatus(201)
    @Operation(operationId = "addInspection", summary = "Record an inspection",
            description = "Date, kind (ROUTINE, RANDOM, COMPLAINT_DRIVEN), result and public findings, with the inspectors from the roster (kept private). Audited; the public disclosure shows it within seconds. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdminInspection.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, a date in the future, an inspector not on the district's roster")
    public Uni<AdminInspection> addInspection(@PathParam("id") String id, @Valid @NotNull AdminInspectionRecord record) {
        return records.addInspection(caller.get(), RequestParameters.uuid("id", id), record);
    }

    @PUT
    @Path("/inspections/{recordId}")
    @Operation(operationId = "correctInspection", summary = "Correct an inspection",
            description = "Replaces the record's fields and inspectors; correctionReason is required and audited with the before and after. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminInspection.class)))
    public Uni<AdminInspection> correctInspection(@PathParam("id") String id, @PathParam("recordId") String recordId,
                                                  @Valid @NotNull AdminInspectionRecord record) {
        return records.correctInspection(caller.get(), RequestParameters.uuid("id", id),
                RequestParameters.uuid("recordId", recordId), record);
    }

    @POST
    @Path("/quality-assessments")
    @ResponseStatus(201)
    @Operation(operationId = "addQualityAssessment", summary = "Record a quality assessment grade", description = "Audited; public within seconds. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdminQualityAssessment.class)))
    public Uni<AdminQualityAssessment> addAssessment(@PathParam("id") String id,
                                                     @Valid @NotNull AdminQualityAssessmentRecord record) {
        return records.addAssessment(caller.get(), RequestParameters.uuid("id", id), record);
    }

    @PUT
    @Path("/quality-assessments/{recordId}")
    @Operation(operationId = "correctQualityAssessment", summary = "Correct a quality assessment", description = "correctionReason required; audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminQualityAssessment.class)))
    public Uni<AdminQualityAssessment> correctAssessment(@PathParam("id") String id, @PathParam("recordId") String recordId,
                                                         @Valid @NotNull AdminQualityAssessmentRecord record) {
        return records.correctAssessment(caller.get(), RequestParameters.uuid("id", id),
                RequestParameters.uuid("recordId", recordId), record);
    }

    @POST
    @Path("/penalties")
    @ResponseStatus(201)
    @Operation(operationId = "addPenalty", summary = "Record an administrative penalty", description = "Public, audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdminPenalty.class)))
    public Uni<AdminPenalty> addPenalty(@PathParam("id") String id, @Valid @NotNull AdminPenaltyRecord record) {
        return records.addPenalty(caller.get(), RequestParameters.uuid("id", id), record);
    }

    @PUT
    @Path("/penalties/{recordId}")
    @Operation(operationId = "correctPenalty", summary = "Correct an administrative penalty", description = "correctionReason required; audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminPenalty.class)))
    public Uni<AdminPenalty> correctPenalty(@PathParam("id") String id, @PathParam("recordId") String recordId,
                                            @Valid @NotNull AdminPenaltyRecord record) {
        return records.correctPenalty(caller.get(), RequestParameters.uuid("id", id),
                RequestParameters.uuid("recordId", recordId), record);
    }

    @POST
    @Path("/misconduct")
    @ResponseStatus(201)
    @Operation(operationId = "addMisconduct", summary = "Record misconduct (不良执业行为)", description = "Public, audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdminMisconduct.class)))
    public Uni<AdminMisconduct> addMisconduct(@PathParam("id") String id, @Valid @NotNull AdminMisconductRecord record) {
        return records.addMisconduct(caller.get(), RequestParameters.uuid("id", id), record);
    }

    @PUT
    @Path("/misconduct/{recordId}")
    @Operation(operationId = "correctMisconduct", summary = "Correct a misconduct record", description = "correctionReason required; audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminMisconduct.class)))
    public Uni<AdminMisconduct> correctMisconduct(@PathParam("id") String id, @PathParam("recordId") String recordId,
                                                  @Valid @NotNull AdminMisconductRecord record) {
        return records.correctMisconduct(caller.get(), RequestParameters.uuid("id", id),
                RequestParameters.uuid("recordId", recordId), record);
    }

    @POST
    @Path("/credit-entries")
    @ResponseStatus(201)
    @Operation(operationId = "addCreditEntry", summary = "Put the nursery on the red or black list", description = "With the date and public reason; audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AdminCreditEntry.class)))
    public Uni<AdminCreditEntry> addCreditEntry(@PathParam("id") String id, @Valid @NotNull AdminCreditEntryRecord record) {
        return records.addCreditEntry(caller.get(), RequestParameters.uuid("id", id), record);
    }

    @PUT
    @Path("/credit-entries/{recordId}")
    @Operation(operationId = "correctCreditEntry", summary = "Correct a list entry or take the nursery off the list",
            description = "Set removedOn to end the listing (the entry stays public with both dates); correctionReason required; audited. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminCreditEntry.class)))
    public Uni<AdminCreditEntry> correctCreditEntry(@PathParam("id") String id, @PathParam("recordId") String recordId,
                                                    @Valid @NotNull AdminCreditEntryRecord record) {
        return records.correctCreditEntry(caller.get(), RequestParameters.uuid("id", id),
                RequestParameters.uuid("recordId", recordId), record);
    }

    /** Here rather than in RiskAdminResource: JAX-RS routes /nurseries/{id}/... to this class path only. */
    @GET
    @Path("/risk")
    @Operation(operationId = "getNurseryRisk", summary = "The nursery's supervision risk with its components",
            description = "Substantiated complaints (12 months), penalties (24 months), expired permits, carer ratio breaches, days since the last inspection and the black list, each with its points; drawWeight = 1 + score. Roles: SUPERVISOR.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdminRisk.class)))
    public Uni<AdminRisk> risk(@PathParam("id") String id) {
        return risk.risk(caller.get(), RequestParameters.uuid("id", id));
    }
}
