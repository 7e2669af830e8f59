package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SmsCodeSent")
public record SmsCodeSent(
        @Schema(description = "The phone, masked", example = "138****1234") String phone,
        @Schema(description = "Seconds the code stays valid", example = "300") long expiresIn,
        @Schema(description = "Seconds before another code may be requested for this phone", example = "60") long resendAfter) {
}
