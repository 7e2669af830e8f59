package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminPasswordReset")
public record AdminPasswordReset(
        @NotNull @Size(min = 12, max = 128, message = "{nursery.password.length}")
        @Schema(description = "The new password; the account's sessions are signed out and its lock lifted") String password) {
}
