package com.tuoyu.directory.disclosure.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Safety", description = "CCTV and security staff")
public record PublicSafety(
        @Schema(description = "Date the nursery reported these facts", example = "2026-10-02") LocalDate asOf,
        boolean cctvInstalled,
        @Schema(description = "Days footage is kept; absent without CCTV", example = "90") Integer cctvRetentionDays,
        @Schema(description = "Footage kept at least minimumRetentionDays") boolean retentionMeetsMinimum,
        @Schema(description = "Minimum retention the local rules ask for", example = "90") int minimumRetentionDays,
        @Schema(description = "Security staff (保安) on site during opening hours") boolean securityOnSite) {
}
