package com.tuoyu.directory.disclosure.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Staff", description = "Staff by role, qualification shares and carer ratios")
public record PublicStaff(
        @Schema(description = "Oldest report date of the figures", example = "2026-11-10") LocalDate asOf,
        @Schema(description = "保育人员, all groups", example = "14") int carers,
        @Schema(description = "保健人员", example = "1") Integer healthStaff,
        @Schema(description = "保安", example = "2") Integer securityStaff,
        @Schema(description = "Share of staff holding a professional qualification, 0 to 1", example = "0.85") Double qualifiedShare,
        @Schema(description = "Share of staff holding a valid health certificate, 0 to 1", example = "1.0") Double healthCertificateShare,
        @Schema(description = "Whether every group meets the standard ratio") boolean ratiosMeetStandard,
        List<PublicCarerRatio> ratios) {
}
