package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffEnrolmentConfirm")
public record StaffEnrolmentConfirm(
        @NotBlank @Size(max = 64) @Schema(example = "handler.donghu") String username,
        @NotBlank @Size(max = 128) String password,
        @NotBlank @Size(max = 20) @Schema(example = "492039", description = "The first code the app shows for the new secret")
        String code) {
}
