package com.tuoyu.directory.visit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A visit request as the parent who made it sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VisitRequest", description = "A visit request (预约参观) with its history")
public record VisitRequestView(
        UUID id,
        UUID nurseryId,
        @Schema(example = "小太阳托育中心") String nurseryName,
        @Schema(description = "REQUESTED, PROPOSED, ACCEPTED, DECLINED or CANCELLED, with a Chinese label") PublicTerm status,
        @Schema(description = "Whether it still counts against the limit of 5 open requests") boolean open,
        @Schema(description = "The time asked for, proposed or agreed (+08:00)") Instant visitAt,
        int minutes,
        @Schema(description = "Whether the parent shared a phone with the nursery for this request") boolean phoneShared,
        Integer childAgeMonths,
        String message,
        @Schema(description = "Send back as version to detect a concurrent change") long version,
        @Schema(description = "(+08:00)") Instant createdAt,
        List<VisitHistoryEntry> history) {
}
