package com.tuoyu.directory.alert.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A parent's vacancy alerts, newest first, with what the mini-program needs to ask for WeChat consent. */
@Schema(name = "VacancyAlerts")
public record VacancyAlertList(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The template id to pass to wx.requestSubscribeMessage; absent when WeChat messages are not set up")
        String wechatTemplateId,
        @Schema(description = "How many alerts the parent has") int count,
        @Schema(description = "The most a parent may have", example = "20") int limit,
        @Schema(description = "Newest first; expired ones stay until removed") List<VacancyAlertView> items) {
}
