package com.tuoyu.directory.complaint.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Access to a closed complaint's reporter number, re-opened by a supervisor until {@code expiresAt}. */
@Schema(name = "AdminContactAccess")
public record AdminContactAccess(
        @Schema(required = true) String complaintId,
        @Schema(required = true) Instant grantedAt,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true) String reason) {
}
