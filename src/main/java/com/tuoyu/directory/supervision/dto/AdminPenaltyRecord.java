package com.tuoyu.directory.supervision.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminPenaltyRecord", description = "行政处罚, public")
public record AdminPenaltyRecord(
        @NotNull @Schema(required = true, example = "2026-11-02") LocalDate decidedOn,
        @NotBlank @Size(max = 60) @Schema(required = true, example = "洪卫罚〔2026〕17号") String decisionNumber,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "南昌市东湖区卫生健康委员会") String authority,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "保育人员未取得健康合格证明上岗") String violation,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "警告，罚款五千元") String sanction,
        @Size(max = 500) @Schema(description = "Why the record is corrected; required when correcting") String correctionReason) {
}
