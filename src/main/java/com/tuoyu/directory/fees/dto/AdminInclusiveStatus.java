package com.tuoyu.directory.fees.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "AdminInclusiveStatus", description = "Whether a nursery is inclusive, and its fees now above the guide price")
public record AdminInclusiveStatus(UUID nurseryId, boolean inclusive, int revision, List<AdminInclusiveFlag> aboveGuidePrice) {
}
