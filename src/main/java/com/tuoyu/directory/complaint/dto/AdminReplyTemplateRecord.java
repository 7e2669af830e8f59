package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.HandlerAction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reply template as a supervisor writes it; {@code version} only when updating. */
@Schema(name = "AdminReplyTemplateRecord")
public record AdminReplyTemplateRecord(
        @Schema(description = "Absent: fits every category") ComplaintCategory category,
        @NotNull @Schema(required = true) HandlerAction action,
        @NotBlank @Size(max = 60) @Schema(required = true) String title,
        @NotBlank @Size(max = 2000) @Schema(required = true) String text,
        @Schema(description = "The version you saw, when updating") Long version) {
}
