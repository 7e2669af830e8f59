package com.tuoyu.directory.nurserystaff.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminHiding", description = "Why a photo or text is hidden from the public; the nursery sees it")
public record AdminHiding(
        @NotBlank @Size(max = 500) @Schema(example = "含有未经证实的“全市第一”宣传用语") String reason) {
}
