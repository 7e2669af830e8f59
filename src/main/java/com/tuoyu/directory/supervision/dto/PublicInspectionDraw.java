package com.tuoyu.directory.supervision.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A draw as the public sees it. Until every drawn nursery's random inspection is recorded only the fact of the draw
 * is public (date, division, how many), so no nursery learns in advance that it will be visited.
 */
@Schema(name = "InspectionDraw", description = "双随机、一公开: a random inspection draw; the nurseries drawn are public only "
        + "once all of them have been inspected; inspectors are never named publicly")
public record PublicInspectionDraw(UUID id, @Schema(example = "2026-11-22") LocalDate drawnOn,
                                   @Schema(example = "360102") String divisionCode,
                                   @Schema(description = "Whether every drawn nursery's random inspection is recorded "
                                           + "and the nurseries are shown") boolean published,
                                   @Schema(description = "How many nurseries were drawn", example = "3") int nurseryCount,
                                   @JsonInclude(JsonInclude.Include.NON_NULL)
                                   @Schema(description = "The nurseries drawn, in the order drawn, with their inspection; "
                                           + "only when published") List<PublicDrawnNursery> nurseries) {
}
