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

/** A complaint as its own parent sees it: status, deadlines, public replies; never internal notes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Complaint")
public record ParentComplaintView(
        UUID id,
        String trackingNumber,
        UUID nurseryId,
        String facilityName,
        ComplaintCategory category,
        ComplaintStatus status,
        boolean urgent,
        String description,
        LocalDate incidentDate,
        Instant submittedAt,
        Instant acceptDueAt,
        Instant resolveDueAt,
        Finding finding,
        Integer rating,
        String ratingComment,
        @Schema(description = "Whether the parent may still reopen it (once, within 7 days of the resolution)") boolean reopenable,
        @Schema(description = "Ids of the attached photos, in the order sent") List<UUID> photos,
        List<Step> history) {

    @Schema(name = "ComplaintStep")
    public record Step(Instant at, String action, ComplaintStatus status, String text) {
    }
}
