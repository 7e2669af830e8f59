package com.tuoyu.directory.saved.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.search.dto.PublicNurseryCard;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One saved nursery: its current search card while listed, else its name and why it is no longer listed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SavedNursery")
public record SavedNurseryEntry(
        @Schema(description = "The nursery's id", example = "0d9a7c8e-2f7b-3c55-9b1e-6a2f1c0d4e11") String nurseryId,
        @Schema(description = "When the parent saved it, in Beijing time (+08:00)") OffsetDateTime savedAt,
        @Schema(description = "Whether the nursery is in the directory now; false once its filing was returned, revoked or closed") boolean listed,
        @Schema(description = "Its name now", example = "小太阳托育中心") String name,
        @Schema(description = "The nursery's card as search shows it (without distance); only while listed") PublicNurseryCard card,
        @Schema(description = "Why it is no longer listed (RETURNED, REVOKED, CLOSED, SUBMITTED, NOT_FILED) with a Chinese label; only when not listed")
        PublicTerm notListedReason) {
}
