package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "AdminDrawVerification", description = "The draw recomputed from its recorded seed, candidates and roster")
public record AdminDrawVerification(UUID drawId, long seed,
                                    @Schema(description = "Whether the recomputed picks equal the recorded ones") boolean reproduced,
                                    List<AdminDrawPickIds> recorded, List<AdminDrawPickIds> recomputed) {
}
