package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.ComplaintStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "AdminComplaintSummary")
public record AdminComplaintSummary(UUID id, String trackingNumber, String divisionCode, ComplaintCategory category,
                                    boolean urgent, ComplaintStatus status, String assignee, Instant submittedAt,
                                    Instant dueAt, boolean overdue, long version) {
}
