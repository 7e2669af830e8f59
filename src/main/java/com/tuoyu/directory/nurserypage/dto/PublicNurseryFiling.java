package com.tuoyu.directory.nurserypage.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NurseryFiling", description = "备案: the filing in force")
public record PublicNurseryFiling(
        @Schema(description = "Date the section was read from the register", example = "2026-11-22") LocalDate asOf,
        @Schema(description = "备案号", example = "360102T202400012") String number,
        @Schema(description = "Date of the filing receipt (备案回执)", example = "2024-03-15") LocalDate filedOn,
        @Schema(description = "Date the filing was submitted", example = "2024-03-11") LocalDate submittedOn,
        @Schema(description = "Filing authority", example = "南昌市东湖区卫生健康委员会") String authority,
        @Schema(description = "Filing status; always FILED (已备案) here") PublicTerm status) {
}
