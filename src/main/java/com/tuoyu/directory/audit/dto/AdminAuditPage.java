package com.tuoyu.directory.audit.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the audit log, newest first; the same page object as the complaint queue's. */
@Schema(name = "AdminAuditPage")
public record AdminAuditPage(
        @Schema(required = true) List<AdminAuditEntry> items,
        @Schema(required = true, description = "Entries matching the filters") long total,
        @Schema(required = true, description = "0-based") int page,
        @Schema(required = true) int size) {
}
