package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Permit", description = "A permit or certificate and its validity on the response's date")
public record PublicPermit(
        PublicTerm kind,
        @Schema(example = "XF0012345678") String number,
        @Schema(example = "2024-02-11") LocalDate issuedOn,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Last day of validity; null when the permit does not expire", nullable = true, example = "2027-02-10")
        LocalDate validUntil,
        @Schema(description = "validUntil is before today") boolean expired,
        @Schema(description = "Still valid but expires within 60 days") boolean expiresWithin60Days) {
}
