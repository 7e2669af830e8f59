package com.tuoyu.directory.nurserystaff.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminNurseryAccountCreate", description = "A sign-in for the nursery's own staff (role NURSERY)")
public record AdminNurseryAccountCreate(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "{nursery.username.form}")
        @Schema(example = "xiaotaiyang.staff") String username,
        @NotNull @Size(min = 12, max = 128, message = "{nursery.password.length}")
        @Schema(description = "Initial password, 12 to 128 characters") String password,
        @Size(max = 100) @Schema(example = "小太阳托育中心 园长") String displayName) {
}
