package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.disclosure.RevisionSource;
import com.tuoyu.directory.nursery.AgeGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "AdminStaffingUpdate", description = "The whole staffing section: carers per age group, other staff, qualification shares")
public record AdminStaffingUpdate(
        @Schema(description = "Date the figures hold on; not in the future; default today") LocalDate asOf,
        @NotNull RevisionSource source,
        @Size(max = 500) String note,
        @Schema(description = "The revision the change is based on (0 before the first); another one answers 409") Integer expectedRevision,
        @NotNull @Size(max = 4) @Schema(description = "保育人员 for every age group of the capacity section")
        List<@Valid @NotNull GroupCarers> carers,
        @PositiveOrZero @Schema(description = "保健人员") int healthStaff,
        @PositiveOrZero @Schema(description = "保安") int securityStaff,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(description = "Share holding a professional qualification, 0 to 1", example = "0.85")
        BigDecimal qualifiedShare,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(description = "Share holding a valid health certificate, 0 to 1", example = "1")
        BigDecimal healthCertificateShare) {

    @Schema(name = "AdminGroupCarers")
    public record GroupCarers(@NotNull AgeGroup ageGroup, @PositiveOrZero int carers) {
    }
}
