package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A complaint as a handler works it: the contact number masked, internal notes included, times in Beijing time. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AdminComplaint")
public record AdminComplaintView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String trackingNumber,
        @Schema(required = true, description = "Send it back with an action; a newer one means someone acted first") long version,
        UUID nurseryId,
        @Schema(required = true) String nurseryName,
        String facilityAddress,
        @Schema(required = true) DivisionLabel county,
        @Schema(required = true) PublicTerm category,
        @Schema(required = true) boolean urgent,
        @Schema(required = true) PublicTerm status,
        StaffMember assignee,
        @Schema(required = true) String description,
        LocalDate incidentDate,
        @Schema(description = "Masked, e.g. 138****5678; reveal with a stated reason (audited)") String contactPhone,
        @Schema(required = true) OffsetDateTime submittedAt,
        @Schema(required = true) AdminDeadline deadline,
        @Schema(required = true, description = "The parent had sent information no handler had opened before this read")
        boolean newInformation,
        PublicTerm finding,
        UUID linkedInspectionId,
        UUID linkedPenaltyId,
        Integer rating,
        @Schema(required = true) List<Photo> photos,
        @Schema(required = true, description = "What the caller may do now, given the status and their role") List<Action> allowedActions,
        @Schema(required = true, description = "Other complaints about the same nursery in the last 90 days, newest first") List<Related> related,
        @Schema(description = "The nursery's public record; absent for an unlisted facility") NurseryRecord nurseryRecord,
        @Schema(required = true) List<Step> history) {

    @Schema(name = "AdminComplaintPhoto")
    public record Photo(@Schema(required = true) UUID id, @Schema(required = true) String url) {
    }

    @Schema(name = "AdminComplaintAllowedAction")
    public record Action(@Schema(required = true) PublicTerm action,
                         @Schema(required = true) boolean needsText,
                         @Schema(required = true, description = "The text reaches the parent") boolean parentSees) {
    }

    @Schema(name = "AdminRelatedComplaint")
    public record Related(@Schema(required = true) UUID id, @Schema(required = true) String trackingNumber,
                          @Schema(required = true) PublicTerm category, @Schema(required = true) PublicTerm status,
                          @Schema(required = true) OffsetDateTime submittedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AdminNurseryRecord")
    public record NurseryRecord(PublicTerm filingStatus, String filingNumber, LocalDate filedOn,
                                @Schema(required = true) List<Inspection> inspections,
                                @Schema(required = true) List<Penalty> penalties,
                                @Schema(required = true) boolean blackListed,
                                @Schema(required = true) long substantiatedComplaints) {
    }

    @Schema(name = "AdminNurseryInspection")
    public record Inspection(@Schema(required = true) UUID id, @Schema(required = true) LocalDate inspectedOn,
                             @Schema(required = true) PublicTerm kind, @Schema(required = true) PublicTerm result) {
    }

    @Schema(name = "AdminNurseryPenalty")
    public record Penalty(@Schema(required = true) UUID id, @Schema(required = true) LocalDate decidedOn,
                          String decisionNumber, String sanction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AdminComplaintStep")
    public record Step(@Schema(required = true) OffsetDateTime at,
                       @Schema(required = true, description = "Role label, and the staff member's name; parents are not named") Actor actor,
                       @Schema(required = true) PublicTerm action,
                       @Schema(required = true) PublicTerm status,
                       @Schema(description = "What the parent reads") String publicText,
                       @Schema(description = "Staff only") String internalText) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AdminComplaintActor")
    public record Actor(@Schema(required = true) PublicTerm role, String name) {
    }
}
