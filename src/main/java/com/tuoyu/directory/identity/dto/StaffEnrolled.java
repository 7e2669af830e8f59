package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The enrolment is confirmed: the session, and the recovery codes shown this once (only their hashes are kept). */
@Schema(name = "StaffEnrolled")
public record StaffEnrolled(
        @Schema(required = true, description = "Single-use codes for when the phone is at hand no more; keep them offline")
        List<String> recoveryCodes,
        @Schema(required = true) TokenPair tokens) {
}
