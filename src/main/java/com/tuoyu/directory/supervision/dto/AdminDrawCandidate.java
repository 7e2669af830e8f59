package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AdminDrawCandidate", description = "A nursery that could be drawn, with its weight (1 + risk score)")
public record AdminDrawCandidate(UUID nurseryId, String name, double weight) {
}
