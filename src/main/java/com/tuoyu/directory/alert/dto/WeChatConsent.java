package com.tuoyu.directory.alert.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template id the parent accepted in wx.requestSubscribeMessage: one more WeChat message allowed. */
@Schema(name = "WeChatConsent")
public record WeChatConsent(
        @NotNull @Size(min = 1, max = 128) @Schema(required = true, example = "vacancy-template-id") String templateId) {
}
