package com.tuoyu.directory.identity.dto;

import com.tuoyu.directory.identity.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(name = "AdminRolesChange")
public record AdminRolesChange(@NotEmpty @Schema(example = "[\"HANDLER\", \"SUPERVISOR\"]") Set<@NotNull Role> roles) {
}
