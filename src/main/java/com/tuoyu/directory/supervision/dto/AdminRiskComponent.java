package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.supervision.RiskScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminRiskComponent", description = "One factor of a risk score: what was counted and the points it adds")
public record AdminRiskComponent(
        RiskScore.Factor factor,
        @Schema(implementation = String.class, example = "近12个月属实投诉") Text label,
        @Schema(description = "A count, a number of days, or 1/0 for the black list; null days when never inspected")
        Double value,
        double points) {
}
