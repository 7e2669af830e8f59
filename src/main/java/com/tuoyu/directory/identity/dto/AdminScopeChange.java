package com.tuoyu.directory.identity.dto;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AdminScopeChange")
public record AdminScopeChange(
        @NotEmpty @Size(max = 50) @Schema(example = "[\"360100\"]")
        List<@NotNull @Pattern(regexp = "[0-9]{6}", message = "{nursery.division.code}") String> divisions) {
}
