package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.ComplaintStatus;
import com.tuoyu.directory.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComplaintSummary")
public record ParentComplaintSummary(UUID id, String trackingNumber, ComplaintCategory category,
                                     @Schema(implementation = String.class, example = "卫生与饮食") Text categoryLabel, ComplaintStatus status,
                                     @Schema(implementation = String.class, example = "办理中") Text statusLabel, String nurseryName,
                                     OffsetDateTime submittedAt, OffsetDateTime dueAt) {
}
