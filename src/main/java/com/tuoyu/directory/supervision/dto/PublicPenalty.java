package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Penalty", description = "行政处罚")
public record PublicPenalty(
        @Schema(example = "2025-07-09") LocalDate decidedOn,
        @Schema(description = "行政处罚决定书文号", example = "东卫罚〔2025〕37号") String decisionNumber,
        @Schema(example = "南昌市东湖区卫生健康委员会") String authority,
        @Schema(example = "超出备案托位数招收婴幼儿") String violation,
        @Schema(example = "警告，并处罚款人民币5000元") String sanction) {
}
