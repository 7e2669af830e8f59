package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.FilingDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminFilingDecision")
public record AdminFilingDecision(
        @NotNull @Schema(required = true) FilingDecision decision,
        @Pattern(regexp = "[0-9A-Za-z-]{4,40}", message = "{nursery.filing-number.form}")
        @Schema(description = "Filing number; required for FILE", example = "360102T202600123") String filingNumber,
        @Size(max = 2000) @Schema(description = "Public reasons; required for RETURN, REVOKE and CLOSE",
                example = "未提供消防安全检查合格证明") String reasons,
        @Schema(description = "Date of the decision; today when absent") LocalDate decidedOn,
        @Schema(description = "The filing version you saw; when given and someone decided since, 409") Long version) {
}
