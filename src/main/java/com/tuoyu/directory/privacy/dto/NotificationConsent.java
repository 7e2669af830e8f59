package com.tuoyu.directory.privacy.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationConsent")
public record NotificationConsent(
        @NotNull @Schema(required = true, description = "false withdraws consent: no WeChat message, SMS notice or vacancy "
                + "alert reaches the parent until it is given again") Boolean consent) {
}
