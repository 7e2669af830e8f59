package com.tuoyu.directory.nurserypage.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "NurseryServices", description = "服务项目: care types offered and whether meals are served")
public record PublicServices(
        @Schema(example = "2026-11-22") LocalDate asOf,
        @Schema(description = "托育类型 offered") List<PublicTerm> careTypes,
        @Schema(description = "Meals served (a food business licence is then required)") boolean mealsProvided) {
}
