package com.tuoyu.directory.nursery.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminNurseryUpdate", description = "All public facts of a nursery, replacing the recorded ones")
public record AdminNurseryUpdate(
        @NotNull @Schema(required = true, description = "The nursery version you saw; a newer one means someone else changed it (409)")
        Long version,
        @Valid @NotNull @Schema(required = true) AdminNurseryFacts nursery) {
}
