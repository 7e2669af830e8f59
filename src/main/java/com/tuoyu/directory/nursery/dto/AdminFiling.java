package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.FilingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminFiling", description = "A filing with its review deadlines (these only while SUBMITTED)")
public record AdminFiling(
        UUID nurseryId,
        @Schema(description = "The filing's version; send it with a decision to be told (409) if someone decided first") long version,
        FilingStatus status,
        String filingNumber,
        String authority,
        LocalDate submittedOn,
        @Schema(description = "Day the review clock started: the submission or the latest resubmission") LocalDate reviewStartedOn,
        @Schema(description = "Receipt date when filed; decision date when returned, revoked or closed") LocalDate decidedOn,
        @Schema(description = "Public reasons of a return, revocation or closure") String decisionReasons,
        @Schema(description = "End of the 5th working day after the review started: receipt due (complete filing)") Instant receiptDueAt,
        @Schema(description = "End of the 15th working day: a return with public reasons due") Instant returnDueAt,
        @Schema(description = "The deadline that binds now: the receipt's while the materials are complete, else the return's") Instant dueAt,
        @Schema(description = "A deadline falls in a year whose official holidays are not yet published (weekends only)") boolean deadlinesProvisional,
        boolean overdue,
        @Schema(description = "Every required material present and unexpired today") boolean materialsComplete,
        @Schema(description = "Working days from today to the receipt deadline, both counted; negative: working days overdue. Only while SUBMITTED")
        Integer receiptWorkingDaysLeft,
        @Schema(description = "Working days from today to the return deadline, both counted; negative: working days overdue. Only while SUBMITTED")
        Integer returnWorkingDaysLeft,
        @Schema(description = "The decisions the filing's status allows now (FILE also needs complete materials)")
        List<AdminAllowedDecision> allowedDecisions) {
}
