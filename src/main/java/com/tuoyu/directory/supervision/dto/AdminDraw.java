package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminDraw", description = "A random inspection draw with everything needed to recompute it")
public record AdminDraw(UUID id, String divisionCode, Instant drawnAt, String drawnBy, long seed, int requestedCount,
                        int inspectorsPerNursery,
                        @Schema(description = "In nursery-id order, as drawn from") List<AdminDrawCandidate> candidates,
                        @Schema(description = "Inspector ids in id order, as drawn from") List<UUID> roster,
                        @Schema(description = "In the order drawn") List<AdminDrawPick> picks) {
}
