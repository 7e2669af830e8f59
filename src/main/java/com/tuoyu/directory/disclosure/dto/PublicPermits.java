package com.tuoyu.directory.disclosure.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Permits", description = "Permits and certificates, by kind")
public record PublicPermits(
        @Schema(description = "Date validity is judged on", example = "2026-11-22") LocalDate asOf,
        List<PublicPermit> items) {
}
