package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.FilingDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision the filing's state machine allows now, and what it asks of the officer. */
@Schema(name = "AdminAllowedDecision", description = "A decision the filing's current status allows (the state machine's transitions)")
public record AdminAllowedDecision(
        @Schema(required = true) FilingDecision decision,
        @Schema(required = true, example = "出具备案回执") String label,
        @Schema(required = true, description = "A filing number must be given (FILE)") boolean needsFilingNumber,
        @Schema(required = true, description = "Reasons must be given; they are published in the filing notices") boolean needsPublicReasons) {

    public static AdminAllowedDecision of(FilingDecision decision) {
        return new AdminAllowedDecision(decision, decision.label(), decision.needsFilingNumber(), decision.needsReasons());
    }
}
