package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Misconduct", description = "不良执业行为")
public record PublicMisconduct(
        @Schema(example = "2025-10-21") LocalDate recordedOn,
        @Schema(example = "保育人员对婴幼儿态度粗暴，经核查属实，已责令调离岗位") String description) {
}
