package com.tuoyu.directory.nursery.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminNursery", description = "A registered nursery as filing officers see it: facts (WGS-84), filing, deadlines, materials")
public record AdminNursery(
        UUID id,
        @Schema(description = "Grows with every change of anything the nursery discloses; send it back with an update") long version,
        AdminNurseryFacts nursery,
        AdminFiling filing,
        List<AdminChecklistItem> checklist,
        List<AdminMaterial> materials,
        List<AdminFilingStep> history,
        Instant createdAt,
        Instant updatedAt) {
}
