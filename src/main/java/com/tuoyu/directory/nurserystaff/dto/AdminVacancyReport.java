package com.tuoyu.directory.nurserystaff.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminVacancyReport", description = "One vacancy report of a nursery")
public record AdminVacancyReport(
        UUID id,
        UUID nurseryId,
        LocalDate reportedOn,
        @Schema(description = "When it was received (+08:00)") Instant reportedAt,
        @Schema(description = "The reporting account's id") String reportedBy,
        @Schema(description = "Whether the report is recent enough (30 days) for parents to be shown its free places")
        boolean current,
        List<VacancyLine> lines,
        String note) {
}
