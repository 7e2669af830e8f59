package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.complaint.ComplaintStatus;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComplaintReceipt", description = "The acknowledgement of a complaint: it is stored and will be handled")
public record ParentComplaintReceipt(
        UUID id,
        @Schema(description = "Quote this when calling the hotline", example = "TS20261122-000042") String trackingNumber,
        ComplaintStatus status,
        @Schema(implementation = String.class, example = "待受理") Text statusLabel,
        @Schema(description = "Suspected abuse or injury: handled within hours") boolean urgent,
        @Schema(description = "When it will have been accepted or rejected at the latest (Beijing time)") OffsetDateTime acceptDueAt,
        @Schema(description = "When it will have been resolved at the latest (Beijing time)") OffsetDateTime resolveDueAt,
        @Schema(description = "True when a deadline falls in a year whose official holidays are not yet published (weekends only counted)")
        boolean deadlinesProvisional,
        @Schema(implementation = String.class, example = "5 个工作日内受理（截止 12月11日 24:00）") Text acceptDeadline,
        @Schema(implementation = String.class, example = "15 个工作日内办结（截止 12月25日 24:00）") Text resolveDeadline,
        String nurseryName,
        DivisionLabel county,
        ParentComplaintOffice office) {
}
