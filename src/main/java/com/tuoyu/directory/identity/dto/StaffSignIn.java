package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffSignIn")
public record StaffSignIn(
        @NotBlank @Size(max = 64) @Schema(example = "handler.donghu") String username,
        @NotBlank @Size(max = 128) String password,
        @Size(max = 20)
        @Schema(nullable = true, example = "492039", description = "The 6-digit code the authenticator app shows now, or "
                + "one of the account's recovery codes (e.g. 7KQ4M-XH2PD, each works once). Without it a right password "
                + "is answered 401 second-factor-required (or second-factor-enrolment-required for an account that has "
                + "not enrolled an app yet).") String code) {
}
