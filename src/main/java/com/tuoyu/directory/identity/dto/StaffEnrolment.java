package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new authenticator secret, shown once to the person enrolling; confirmed by its first code. */
@Schema(name = "StaffEnrolment")
public record StaffEnrolment(
        @Schema(required = true, description = "The TOTP secret in base32, to type into the app", example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        String secret,
        @Schema(required = true, description = "otpauth:// URI for a QR code the app scans (HMAC-SHA1, 6 digits, 30 s)")
        String otpauthUri,
        @Schema(required = true, example = "托育机构管理控制台") String issuer,
        @Schema(required = true, example = "handler.donghu") String accountName,
        @Schema(required = true, example = "6") int digits,
        @Schema(required = true, description = "Seconds each code lasts", example = "30") int period) {
}
