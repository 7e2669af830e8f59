package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.disclosure.PermitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminExpiringPermit", description = "A permit that expires within the window asked for, or has expired without a renewal")
public record AdminExpiringPermit(
        UUID nurseryId,
        String nurseryName,
        String divisionCode,
        PermitKind kind,
        String number,
        LocalDate validUntil,
        @Schema(description = "Days from today to validUntil; negative once expired") long daysLeft,
        boolean expired) {
}
