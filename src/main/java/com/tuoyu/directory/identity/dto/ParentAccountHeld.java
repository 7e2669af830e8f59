package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A parent's account as the service holds it, in full, for the parent's own copy of their data. */
@Schema(name = "AccountHeld")
public record ParentAccountHeld(
        String accountId,
        OffsetDateTime createdAt,
        @Schema(description = "The verified phone number, in full", example = "13812341234") String phone,
        @Schema(description = "The mini-program's WeChat user id (openid), in full") String wechatOpenid,
        @Schema(description = "The WeChat unionid, when WeChat gave one") String wechatUnionid,
        @Schema(description = "The privacy notice version accepted at the latest sign-in", example = "2026-12-06") String noticeVersion,
        OffsetDateTime noticeAcceptedAt,
        @Schema(description = "Whether the parent agrees to notifications (WeChat and SMS notices, vacancy alerts)")
        boolean notificationsConsent,
        OffsetDateTime notificationsWithdrawnAt,
        @Schema(description = "The latest sign-in") OffsetDateTime lastActiveAt) {
}
