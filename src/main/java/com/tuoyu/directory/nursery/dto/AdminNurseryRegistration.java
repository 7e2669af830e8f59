package com.tuoyu.directory.nursery.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminNurseryRegistration", description = "A registered nursery and its filing application")
public record AdminNurseryRegistration(
        @Valid @NotNull @Schema(required = true) AdminNurseryFacts nursery,
        @Valid @NotNull @Schema(required = true) AdminFilingApplication filing) {
}
