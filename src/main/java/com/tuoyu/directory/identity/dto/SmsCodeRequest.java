package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SmsCodeRequest")
public record SmsCodeRequest(
        @NotNull @Pattern(regexp = "^1[3-9]\\d{9}$", message = "{nursery.phone.mobile}")
        @Schema(example = "13812341234") String phone) {
}
