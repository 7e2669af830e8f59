package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "DrawnNursery", description = "A nursery drawn for inspection")
public record PublicDrawnNursery(UUID id, @Schema(example = "东湖区小星星托育园") String name) {
}
