package com.tuoyu.directory.identity.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account as colleagues see it: who to assign a complaint to, who acted on it. */
@Schema(name = "StaffMember")
public record StaffMember(
        @Schema(required = true) String id,
        @Schema(required = true, description = "The display name, else the username", example = "张伟") String name,
        @Schema(required = true, example = "zhang.wei") String username) {
}
