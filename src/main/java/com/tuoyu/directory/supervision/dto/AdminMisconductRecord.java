package com.tuoyu.directory.supervision.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminMisconductRecord", description = "不良执业行为, public")
public record AdminMisconductRecord(
        @NotNull @Schema(required = true, example = "2026-09-14") LocalDate recordedOn,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "未按规定保存监控录像") String description,
        @Size(max = 500) @Schema(description = "Why the record is corrected; required when correcting") String correctionReason) {
}
