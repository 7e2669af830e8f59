package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The signed-in account, as its owner sees it. */
@Schema(name = "Me")
public record Me(
        String accountId,
        @Schema(example = "PARENT") String kind,
        @Schema(description = "Staff only", example = "handler.donghu") String username,
        @Schema(example = "[\"PARENT\"]") List<String> roles,
        @Schema(example = "[]") List<String> divisions,
        @Schema(description = "Parents: the verified phone, masked", example = "138****1234") String phone,
        @Schema(description = "Parents: whether a WeChat identity is linked") boolean wechatLinked) {
}
