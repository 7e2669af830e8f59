package com.tuoyu.directory.audit.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member who appears in the reader's part of the audit log, for the person filter. */
@Schema(name = "AdminAuditPerson")
public record AdminAuditPerson(@Schema(required = true) String id, @Schema(required = true, example = "王处理") String name,
                               @Schema(required = true) String username) {
}
