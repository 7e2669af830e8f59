package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.ComplaintStatus;
import com.tuoyu.directory.complaint.Finding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as a handler works it: the contact number masked, internal notes included. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AdminComplaint")
public record AdminComplaintView(
        UUID id,
        String trackingNumber,
        long version,
        UUID nurseryId,
        String facilityName,
        String facilityAddress,
        String divisionCode,
        ComplaintCategory category,
        boolean urgent,
        ComplaintStatus status,
        String assignee,
        String description,
        LocalDate incidentDate,
        @Schema(description = "Masked, e.g. 138****5678; reveal with a stated reason (audited)") String contactPhone,
        Instant submittedAt,
        Instant dueAt,
        boolean overdue,
        Finding finding,
        UUID linkedInspectionId,
        UUID linkedPenaltyId,
        Integer rating,
        @Schema(description = "Other complaints about the same nursery and category within 30 days") List<String> related,
        @Schema(description = "Ids of the attached photos") List<UUID> photos,
        List<Step> history) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AdminComplaintStep")
    public record Step(Instant at, String actorRole, String actorId, String action, ComplaintStatus status,
                       String publicText, String internalText) {
    }
}
