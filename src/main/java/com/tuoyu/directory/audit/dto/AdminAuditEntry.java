package com.tuoyu.directory.audit.dto;

import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One line of the audit log as a supervisor reads it: labels in the request's language, people by name. */
@Schema(name = "AdminAuditEntry")
public record AdminAuditEntry(
        @Schema(required = true) long id,
        @Schema(required = true, description = "When it happened, China time") Instant occurredAt,
        @Schema(required = true) Actor actor,
        @Schema(required = true, description = "What was done, e.g. COMPLAINT_CONTACT_REVEALED 查看投诉人联系电话") PublicTerm action,
        @Schema(required = true, description = "What sort of act: code READ, REVEAL, DECIDE or CHANGE") PublicTerm kind,
        @Schema(required = true) Subject subject,
        @Schema(description = "The division the subject belongs to; absent for subjects of no division (holiday arrangements, reply templates)")
        Place division,
        @Schema(description = "The nursery concerned, if any") Place nursery,
        @Schema(description = "State before, as recorded (mobile numbers masked)") String before,
        @Schema(description = "State after, as recorded (mobile numbers masked)") String after,
        @Schema(description = "The reason given, e.g. for revealing a contact number (mobile numbers masked)") String reason) {

    @Schema(name = "AdminAuditActor", description = "Who acted: staff by name; a parent only as 家长, never their id or number")
    public record Actor(@Schema(description = "The staff account's id (for the person filter); absent for parents") String id,
                        @Schema(required = true, example = "王处理") String name,
                        @Schema(required = true) PublicTerm role) {
    }

    @Schema(name = "AdminAuditSubject")
    public record Subject(@Schema(required = true) PublicTerm type,
                          @Schema(required = true) String id,
                          @Schema(description = "A readable name: a complaint's tracking number, a nursery's name, a year") String label) {
    }

    @Schema(name = "AdminAuditPlace")
    public record Place(@Schema(required = true) String id, @Schema(required = true) String name) {
    }

}
