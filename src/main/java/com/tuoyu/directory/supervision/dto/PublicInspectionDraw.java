package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "InspectionDraw", description = "双随机、一公开: a published random inspection draw; inspectors are never named publicly")
public record PublicInspectionDraw(UUID id, @Schema(example = "2026-11-22") LocalDate drawnOn,
                                   @Schema(example = "360102") String divisionCode,
                                   List<PublicDrawnNursery> nurseries) {
}
