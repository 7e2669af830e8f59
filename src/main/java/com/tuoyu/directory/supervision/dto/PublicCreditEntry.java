package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CreditEntry", description = "An entry on the red or black list")
public record PublicCreditEntry(
        @Schema(description = "RED 红名单 or BLACK 黑名单") PublicTerm list,
        @Schema(example = "2026-03-01") LocalDate listedOn,
        @Schema(description = "Absent while the entry is open") LocalDate removedOn,
        @Schema(example = "评为市级示范性托育机构") String reason) {
}
