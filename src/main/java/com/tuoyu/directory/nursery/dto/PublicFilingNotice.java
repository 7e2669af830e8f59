package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.nursery.FilingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "FilingNotice", description = "备案告知公示: a filing returned as not meeting the standards, revoked or closed, with its public reasons")
public record PublicFilingNotice(
        @Schema(example = "东湖区小星星托育中心") String nurseryName,
        @Schema(description = "举办者", example = "南昌小星星托育服务有限公司") String operatorName,
        @Schema(description = "GB/T 2260 county code", example = "360102") String divisionCode,
        @Schema(description = "The filing authority", example = "南昌市东湖区卫生健康委员会") String authority,
        @Schema(description = "RETURNED (不符合设置标准的告知), REVOKED or CLOSED", enumeration = {"RETURNED", "REVOKED", "CLOSED"})
        FilingStatus decision,
        @Schema(implementation = String.class, description = "Label of the decision, in the answer's language", example = "已退回") Text decisionLabel,
        @Schema(example = "2026-11-20") LocalDate decidedOn,
        @Schema(description = "The reasons, as made public by the authority", example = "未提供消防安全检查合格证明") String reasons) {
}
