package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.RevealReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminContactReveal")
public record AdminContactReveal(
        @NotNull @Schema(required = true, description = "Why the number is needed, from the list (GET /api/v1/admin/complaints/contact-reveal-reasons)",
                example = "VERIFY_FACTS") RevealReason reasonCode,
        @NotBlank @Size(min = 5, max = 500)
        @Schema(required = true, description = "A sentence on this case", example = "需电话核实事发经过") String reason) {
}
