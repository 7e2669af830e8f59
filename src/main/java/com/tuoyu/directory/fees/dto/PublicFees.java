package com.tuoyu.directory.fees.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Fees", description = "Fees in force, announced changes, price history and one-off fees")
public record PublicFees(
        @Schema(description = "Date 'in force' refers to", example = "2026-11-22") LocalDate asOf,
        @Schema(description = "The fee in force per care type and age group (latest effectiveFrom on or before asOf)")
        List<PublicFee> current,
        @Schema(description = "Announced changes, effectiveFrom after asOf, soonest first") List<PublicFee> scheduled,
        @Schema(description = "Fees replaced by a later one, newest first") List<PublicFee> history,
        @Schema(description = "One-off fees in force") List<PublicOneOffFee> oneOff,
        @Schema(description = "Announced one-off fees, effectiveFrom after asOf") List<PublicOneOffFee> oneOffScheduled) {
}
