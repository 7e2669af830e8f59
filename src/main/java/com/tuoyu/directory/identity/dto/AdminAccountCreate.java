package com.tuoyu.directory.identity.dto;

import com.tuoyu.directory.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

@Schema(name = "AdminAccountCreate")
public record AdminAccountCreate(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "{nursery.username.form}")
        @Schema(example = "handler.donghu") String username,
        @NotNull @Size(min = 12, max = 128, message = "{nursery.password.length}")
        @Schema(description = "Initial password, 12 to 128 characters") String password,
        @Size(max = 100) @Schema(example = "东湖区投诉处理员") String displayName,
        @NotEmpty @Schema(example = "[\"HANDLER\"]") Set<@NotNull Role> roles,
        @NotEmpty @Size(max = 50)
        @Schema(description = "GB/T 2260 codes; a city or province code covers the divisions below it", example = "[\"360102\"]")
        List<@NotNull @Pattern(regexp = "[0-9]{6}", message = "{nursery.division.code}") String> divisions) {
}
