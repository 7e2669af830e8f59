package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.disclosure.InspectionKind;
import com.tuoyu.directory.disclosure.InspectionResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminInspectionRecord", description = "An inspection to record, or the corrected version of one")
public record AdminInspectionRecord(
        @NotNull @Schema(required = true, example = "2026-11-20") LocalDate inspectedOn,
        @NotNull @Schema(required = true) InspectionKind kind,
        @NotNull @Schema(required = true) InspectionResult result,
        @Size(max = 2000) @Schema(description = "Public findings", example = "消毒记录不全，责令限期整改") String findings,
        @NotNull @Size(min = 1, max = 10) @Schema(required = true, description = "Inspectors from the roster; kept private")
        List<@NotNull UUID> inspectorIds,
        @Size(max = 500) @Schema(description = "Why the record is corrected; required when correcting") String correctionReason) {
}
