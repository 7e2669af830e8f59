package com.tuoyu.directory.nursery.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AdminMaterials", description = "A filing's documents and the checklist computed from them today")
public record AdminMaterials(
        @Schema(description = "Every required material present and unexpired: the filing may be FILEd") boolean complete,
        List<AdminChecklistItem> checklist,
        List<AdminMaterial> materials) {
}
