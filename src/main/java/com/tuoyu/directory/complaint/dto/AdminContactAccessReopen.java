package com.tuoyu.directory.complaint.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminContactAccessReopen")
public record AdminContactAccessReopen(@NotBlank @Size(min = 5, max = 500)
                                       @Schema(required = true, example = "家长对办理结果提出复核，需电话沟通") String reason) {
}
