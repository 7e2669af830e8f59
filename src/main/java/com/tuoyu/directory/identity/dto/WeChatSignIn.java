package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeChatSignIn")
public record WeChatSignIn(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_\\-]{1,128}", message = "{nursery.wechat.code}")
        @Schema(description = "The login code from wx.login() in the mini-program; valid once, for 5 minutes")
        String code) {
}
