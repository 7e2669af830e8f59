package com.tuoyu.directory.nurserystaff.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "AdminNurseryPhoto")
public record AdminNurseryPhoto(
        UUID id,
        String caption,
        int position,
        Instant uploadedAt,
        @Schema(description = "Why a filing officer hid it from the public; absent while shown") String hiddenReason,
        Instant hiddenAt,
        @Schema(description = "Host-relative path of the image for staff (the public path only serves shown photos)")
        String url) {
}
