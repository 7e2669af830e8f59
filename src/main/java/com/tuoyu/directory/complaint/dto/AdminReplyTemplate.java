package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AdminReplyTemplate")
public record AdminReplyTemplate(
        @Schema(required = true) UUID id,
        @Schema(description = "Absent: fits every category") PublicTerm category,
        @Schema(required = true, description = "The action whose text it fills") PublicTerm action,
        @Schema(required = true, example = "办结答复（属实）") String title,
        @Schema(required = true) String text,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Send it back to update; a newer one means someone else edited it (409)") long version) {
}
