package com.tuoyu.directory.division.dto;

import com.tuoyu.directory.division.DivisionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A division as parents' clients show it in a district picker. */
@Schema(name = "Division")
public record PublicDivision(
        @Schema(description = "GB/T 2260 six-digit code", example = "360102") String code,
        @Schema(example = "东湖区") String name,
        DivisionLevel level,
        @Schema(example = "360100", nullable = true) String parentCode) {
}
