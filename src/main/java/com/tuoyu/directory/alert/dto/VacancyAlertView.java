package com.tuoyu.directory.alert.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One vacancy alert as its parent sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VacancyAlert")
public record VacancyAlertView(
        @Schema(description = "The alert's id") String id,
        @Schema(description = "NURSERY (one saved nursery) or AREA (a circle)", enumeration = {"NURSERY", "AREA"}) String kind,
        @Schema(description = "The nursery watched (NURSERY)") String nurseryId,
        @Schema(description = "Its name now (NURSERY)") String nurseryName,
        @Schema(description = "The circle watched (AREA)") Area area,
        @Schema(description = "The child's birth month, as kept (yyyy-MM)", example = "2025-10") String childBirthMonth,
        @Schema(description = "The child's age in whole months today, from the birth month", example = "14") int childAgeMonths,
        @Schema(description = "The care type wanted, with its Chinese label") PublicTerm careType,
        @Schema(description = "ACTIVE, or EXPIRED once expiresAt has passed (renew to start again)", enumeration = {"ACTIVE", "EXPIRED"})
        String status,
        @Schema(description = "When it was made, Beijing time") Instant createdAt,
        @Schema(description = "When it ends by itself unless renewed, Beijing time") Instant expiresAt,
        @Schema(description = "WeChat consents not yet spent: each WeChat message spends one; at 0 the mini-program should ask again")
        int wechatConsents,
        @Schema(description = "When the parent was last told of a place, Beijing time; absent before the first") Instant lastNotifiedAt) {

    /** The circle, always in WGS-84. */
    @Schema(name = "VacancyAlertArea")
    public record Area(
            @Schema(example = "28.6832") double lat,
            @Schema(example = "115.9023") double lng,
            @Schema(description = "Metres", example = "2000") int radius,
            @Schema(description = "Always wgs84", enumeration = {"wgs84"}) String coordinateSystem) {
    }
}
