package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminPenalty")
public record AdminPenalty(UUID id, UUID nurseryId, LocalDate decidedOn, String decisionNumber, String authority,
                           String violation, String sanction) {
}
