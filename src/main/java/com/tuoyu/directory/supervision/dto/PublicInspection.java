package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Inspection", description = "监督检查 and its public result")
public record PublicInspection(
        @Schema(example = "2026-05-18") LocalDate inspectedOn,
        PublicTerm kind,
        PublicTerm result,
        @Schema(example = "消毒记录不全，责令限期整改") String findings) {
}
