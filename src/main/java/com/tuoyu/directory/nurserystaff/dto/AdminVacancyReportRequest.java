package com.tuoyu.directory.nurserystaff.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AdminVacancyReportRequest", description = "Free places per class type and care type, as of a day; every "
        + "class type the nursery has slots in must appear at least once (0 when full)")
public record AdminVacancyReportRequest(
        @Schema(description = "The day the figures hold on (China); not in the future, default today") LocalDate reportedOn,
        @Size(max = 500) String note,
        @NotEmpty @Size(max = 16) List<@Valid @NotNull VacancyLine> lines) {
}
