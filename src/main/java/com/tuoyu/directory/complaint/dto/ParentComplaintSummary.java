package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.ComplaintStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ComplaintSummary")
public record ParentComplaintSummary(UUID id, String trackingNumber, ComplaintCategory category, ComplaintStatus status,
                                     Instant submittedAt, Instant dueAt) {
}
