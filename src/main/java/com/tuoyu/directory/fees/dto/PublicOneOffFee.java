package com.tuoyu.directory.fees.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "OneOffFee", description = "A one-off fee such as bedding or insurance")
public record PublicOneOffFee(
        @Schema(example = "被褥用品费") String name,
        @Schema(example = "300") int amountYuan,
        @Schema(example = "2026-09-01") LocalDate effectiveFrom) {
}
