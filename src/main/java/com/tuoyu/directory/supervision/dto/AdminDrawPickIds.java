package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "AdminDrawPickIds")
public record AdminDrawPickIds(UUID nurseryId, List<UUID> inspectorIds) {
}
