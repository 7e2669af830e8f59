package com.tuoyu.directory.complaint.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintRating")
public record ParentRating(@NotNull @Min(1) @Max(5) @Schema(required = true, example = "4") Integer score,
                           @Size(max = 500) @Schema(example = "处理及时，园方已整改。") String comment) {
}
