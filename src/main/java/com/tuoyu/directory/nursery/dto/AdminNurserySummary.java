package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.FilingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminNurserySummary", description = "A nursery in the filing officers' list")
public record AdminNurserySummary(
        UUID id,
        long version,
        String name,
        String divisionCode,
        FilingStatus status,
        String filingNumber,
        LocalDate submittedOn,
        LocalDate reviewStartedOn,
        @Schema(description = "The binding deadline while SUBMITTED, else null") Instant dueAt,
        boolean overdue,
        Instant updatedAt,
        @Schema(description = "Receipt deadline (5 working days) while SUBMITTED, else null") Instant receiptDueAt,
        @Schema(description = "Return deadline (15 working days) while SUBMITTED, else null") Instant returnDueAt,
        @Schema(description = "Working days to the receipt deadline, both counted; negative: overdue. Only while SUBMITTED")
        Integer receiptWorkingDaysLeft,
        @Schema(description = "Working days to the return deadline, both counted; negative: overdue. Only while SUBMITTED")
        Integer returnWorkingDaysLeft,
        @Schema(description = "Every required material present and unexpired today (decides which deadline binds)")
        boolean materialsComplete) {
}
