package com.tuoyu.directory.complaint.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the handler's queue. */
@Schema(name = "AdminComplaintPage")
public record AdminComplaintPage(
        @Schema(required = true) List<AdminComplaintRow> items,
        @Schema(required = true, description = "Complaints matching the filters") long total,
        @Schema(required = true, description = "0-based") int page,
        @Schema(required = true) int size) {
}
