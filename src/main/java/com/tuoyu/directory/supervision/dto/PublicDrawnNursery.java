package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "DrawnNursery", description = "A nursery drawn for inspection, with the random inspection that followed the draw")
public record PublicDrawnNursery(
        @Schema(description = "The nursery; its public page is GET /api/v1/nurseries/{id} while its filing is in force")
        UUID id,
        @Schema(description = "Its name when drawn", example = "东湖区小星星托育园") String name,
        @Schema(example = "2026-12-03") LocalDate inspectedOn,
        PublicTerm result) {
}
