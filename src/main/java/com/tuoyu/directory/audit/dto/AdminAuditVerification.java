package com.tuoyu.directory.audit.dto;

import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The result of walking the audit log's SM3 hash chain. */
@Schema(name = "AdminAuditVerification")
public record AdminAuditVerification(
        @Schema(required = true, description = "Every linked entry gives its hash and reaches the chain's head") boolean intact,
        @Schema(required = true, description = "Entries checked before the first break (all of them when intact)") long checkedEntries,
        @Schema(nullable = true, description = "Position of the first entry in the chain; above 1 when older entries were purged after their retention") Long firstPosition,
        @Schema(nullable = true, description = "Position of the last entry checked") Long lastPosition,
        @Schema(required = true, description = "Entries written in the last moments and not yet linked (the intake's, linked within seconds)") long unlinkedEntries,
        @Schema(required = true, description = "The chain head's SM3 hash (hex): note it down to compare later") String headHash,
        @Schema(nullable = true, description = "The first place the chain does not hold; null when intact") Break firstBreak,
        @Schema(required = true) Instant verifiedAt) {

    @Schema(name = "AdminAuditChainBreak")
    public record Break(
            @Schema(required = true, description = "Chain position where it breaks") long position,
            @Schema(nullable = true, description = "The audit entry's id (null when entries are missing)") Long entryId,
            @Schema(nullable = true) Instant occurredAt,
            @Schema(required = true, description = "EDITED (content changed), LINK (previous hash does not match: an "
                    + "entry before it removed or changed), GAP (positions missing), TAIL (entries removed from the end)")
            PublicTerm kind) {
    }
}
