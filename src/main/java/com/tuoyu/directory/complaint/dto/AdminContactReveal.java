package com.tuoyu.directory.complaint.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminContactReveal")
public record AdminContactReveal(@NotBlank @Size(min = 5, max = 500)
                                 @Schema(required = true, example = "需电话核实事发经过") String reason) {
}
