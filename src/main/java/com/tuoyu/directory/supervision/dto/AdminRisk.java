package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminRisk", description = "Supervision risk of a nursery with its components; drawWeight = 1 + score")
public record AdminRisk(UUID nurseryId, String name, String divisionCode, LocalDate asOf, double score,
                        double drawWeight, List<AdminRiskComponent> components) {
}
