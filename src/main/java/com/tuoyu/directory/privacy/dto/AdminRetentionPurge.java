package com.tuoyu.directory.privacy.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one run of the retention purge removed")
public record AdminRetentionPurge(
        @Schema(description = "Contact numbers removed from complaints closed long enough ago") int contactsRemoved,
        @Schema(description = "Photos deleted from complaints closed long enough ago (none a penalty relies on)") int photosDeleted,
        @Schema(description = "Parents told their unused account will be deleted") int noticesSent,
        @Schema(description = "Unused parent accounts deleted after their notice") int accountsDeleted) {
}
