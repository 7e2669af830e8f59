package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.ComplaintStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComplaintSummary")
public record ParentComplaintSummary(UUID id, String trackingNumber, ComplaintCategory category,
                                     @Schema(example = "卫生与饮食") String categoryLabel, ComplaintStatus status,
                                     @Schema(example = "办理中") String statusLabel, String nurseryName,
                                     OffsetDateTime submittedAt, OffsetDateTime dueAt) {
}
