package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.ComplaintStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ComplaintReceipt", description = "The acknowledgement of a complaint: it is stored and will be handled")
public record ParentComplaintReceipt(
        UUID id,
        @Schema(description = "Quote this when calling the hotline", example = "TS20261122-000042") String trackingNumber,
        ComplaintStatus status,
        @Schema(description = "Suspected abuse or injury: handled within hours") boolean urgent,
        @Schema(description = "When it will have been accepted or rejected at the latest") Instant acceptDueAt,
        @Schema(description = "When it will have been resolved at the latest") Instant resolveDueAt,
        @Schema(description = "True when a deadline falls in a year whose official holidays are not yet published (weekends only counted)")
        boolean deadlinesProvisional) {
}
