package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "AdminDrawPick", description = "A drawn nursery and the inspectors drawn for it")
public record AdminDrawPick(UUID nurseryId, String name, List<AdminInspector> inspectors) {
}
