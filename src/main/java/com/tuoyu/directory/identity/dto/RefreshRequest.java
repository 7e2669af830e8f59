package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefreshRequest")
public record RefreshRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The refresh token of the last sign-in or refresh")
        String refreshToken) {
}
