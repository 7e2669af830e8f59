package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SmsSignIn")
public record SmsSignIn(
        @NotNull @Pattern(regexp = "^1[3-9]\\d{9}$", message = "{nursery.phone.mobile}")
        @Schema(example = "13812341234") String phone,
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "{nursery.sms.code}")
        @Schema(example = "042917") String code,
        @Size(max = 20) @Schema(description = "Sign-in only: the privacy notice version the parent accepted "
                + "(GET /api/v1/privacy/notice). A sign-in without the current version is refused (428) and changes nothing.",
                example = "2026-12-06") String noticeVersion) {
}
