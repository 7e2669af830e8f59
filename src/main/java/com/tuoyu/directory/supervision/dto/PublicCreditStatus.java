package com.tuoyu.directory.supervision.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CreditStatus", description = "红黑名单: whether the nursery is on either list now, and every entry")
public record PublicCreditStatus(
        @Schema(description = "An open black-list entry exists") boolean onBlackList,
        @Schema(description = "An open red-list entry exists") boolean onRedList,
        @Schema(description = "Entries, newest first") List<PublicCreditEntry> entries) {
}
