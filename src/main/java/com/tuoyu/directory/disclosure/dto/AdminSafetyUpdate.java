package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.disclosure.RevisionSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminSafetyUpdate", description = "The whole safety section: meals, CCTV and security")
public record AdminSafetyUpdate(
        @Schema(description = "Date the facts hold on; not in the future; default today") LocalDate asOf,
        @NotNull RevisionSource source,
        @Size(max = 500) String note,
        @Schema(description = "The revision the change is based on (0 before the first); another one answers 409") Integer expectedRevision,
        @NotNull @Schema(description = "Meals served: needs a food business licence valid today in the permits section") Boolean mealsProvided,
        @NotNull Boolean cctvInstalled,
        @Schema(description = "Days footage is kept, 1 to 3650; required with CCTV, absent without; below 90 is accepted and flagged",
                example = "90") Integer cctvRetentionDays,
        @NotNull Boolean securityOnSite) {
}
