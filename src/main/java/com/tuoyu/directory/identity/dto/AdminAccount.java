package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A staff account as an ADMIN sees it; never the password hash. */
@Schema(name = "AdminAccount")
public record AdminAccount(
        String id,
        @Schema(example = "handler.donghu") String username,
        @Schema(example = "东湖区投诉处理员") String displayName,
        @Schema(example = "[\"HANDLER\"]") List<String> roles,
        @Schema(example = "[\"360102\"]") List<String> divisions,
        @Schema(description = "NURSERY accounts only: the one nursery the account acts for") UUID nurseryId,
        boolean enabled,
        @Schema(description = "Set while the account is locked after wrong passwords") Instant lockedUntil,
        Instant createdAt,
        Instant updatedAt) {
}
