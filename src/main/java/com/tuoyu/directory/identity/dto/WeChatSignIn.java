package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeChatSignIn")
public record WeChatSignIn(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_\\-]{1,128}", message = "{nursery.wechat.code}")
        @Schema(description = "The login code from wx.login() in the mini-program; valid once, for 5 minutes")
        String code,
        @Size(max = 20) @Schema(description = "Sign-in only: the privacy notice version the parent accepted "
                + "(GET /api/v1/privacy/notice). A sign-in without the current version is refused (428) and changes nothing.",
                example = "2026-12-06") String noticeVersion) {
}
