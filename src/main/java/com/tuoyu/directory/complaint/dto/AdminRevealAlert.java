package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.division.dto.DivisionLabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** Someone revealed more reporters' numbers in one day than the threshold. */
@Schema(name = "AdminRevealAlert")
public record AdminRevealAlert(
        @Schema(required = true) String id,
        @Schema(required = true, description = "The staff account that revealed") String accountId,
        @Schema(nullable = true, example = "王处理") String name,
        @Schema(nullable = true, example = "handler.donghu") String username,
        @Schema(required = true, description = "The county of the reveal that crossed the threshold") DivisionLabel division,
        @Schema(required = true, description = "The day, China time") LocalDate day,
        @Schema(required = true, description = "Reveals that day when the alert was raised", example = "11") int reveals,
        @Schema(required = true, description = "The daily threshold then in force", example = "10") int threshold,
        @Schema(required = true) Instant raisedAt) {
}
