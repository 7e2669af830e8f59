package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.division.dto.DivisionLabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The counts on the queue's tabs, over the caller's districts (or one county of them). */
@Schema(name = "AdminComplaintCounts")
public record AdminComplaintCounts(
        @Schema(required = true, description = "Every status, zero included") Map<String, Long> byStatus,
        @Schema(required = true, description = "Open complaints per category") Map<String, Long> byCategory,
        @Schema(required = true, description = "Open complaints per county") List<County> byCounty,
        @Schema(required = true, description = "Not yet resolved or rejected") long open,
        @Schema(required = true, description = "Open and urgent") long urgent,
        @Schema(required = true, description = "Open and past the deadline") long overdue,
        @Schema(required = true, description = "Open and assigned to the caller") long assignedToMe,
        @Schema(required = true, description = "With information from the parent nobody has opened yet") long newInformation) {

    @Schema(name = "AdminComplaintCountyCount")
    public record County(@Schema(required = true) DivisionLabel county, @Schema(required = true) long count) {
    }
}
