package com.tuoyu.directory.search.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminRebuildReport", description = "Outcome of a full rebuild of the search index")
public record AdminRebuildReport(
        @Schema(description = "The physical index the alias now points at") String index,
        @Schema(description = "Nurseries written (filed or not)") int nurseries,
        long durationMillis) {
}
