package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.ComplaintStatus;
import com.tuoyu.directory.complaint.Finding;
import com.tuoyu.directory.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import com.tuoyu.directory.division.dto.DivisionLabel;
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
        @Schema(description = "The listed nursery's name, or the unlisted facility's") String nurseryName,
        DivisionLabel county,
        ParentComplaintOffice office,
        ComplaintCategory category,
        @Schema(implementation = String.class, example = "卫生与饮食") Text categoryLabel,
        ComplaintStatus status,
        @Schema(implementation = String.class, example = "办理中") Text statusLabel,
        boolean urgent,
        String description,
        LocalDate incidentDate,
        OffsetDateTime submittedAt,
        OffsetDateTime acceptDueAt,
        OffsetDateTime resolveDueAt,
        @Schema(implementation = String.class, example = "5 个工作日内受理（截止 12月11日 24:00）") Text acceptDeadline,
        @Schema(implementation = String.class, example = "15 个工作日内办结（截止 12月25日 24:00）") Text resolveDeadline,
        Finding finding,
        @Schema(implementation = String.class, example = "属实") Text findingLabel,
        Integer rating,
        String ratingComment,
        @Schema(description = "Whether the parent may still reopen it (once, within 7 days of the resolution)") boolean reopenable,
        @Schema(description = "Ids of the attached photos, in the order sent") List<UUID> photos,
        List<Step> history) {

    @Schema(name = "ComplaintStep")
    public record Step(OffsetDateTime at, String action, @Schema(implementation = String.class, example = "要求补充材料") Text actionLabel,
                       ComplaintStatus status, @Schema(implementation = String.class, example = "待家长补充") Text statusLabel, String text) {
    }
}
