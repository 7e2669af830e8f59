package com.tuoyu.directory.complaint.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintText")
public record ParentText(@NotBlank @Size(max = 2000) @Schema(required = true, example = "事发当天下午3点左右，班上另一位家长也看到了。") String text) {
}
