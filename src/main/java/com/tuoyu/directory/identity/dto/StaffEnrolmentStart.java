package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffEnrolmentStart")
public record StaffEnrolmentStart(
        @NotBlank @Size(max = 64) @Schema(example = "handler.donghu") String username,
        @NotBlank @Size(max = 128) String password) {
}
