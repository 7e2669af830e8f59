package com.tuoyu.directory.privacy.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(description = "What a key rotation re-sealed")
public record AdminKeyRotation(
        @Schema(description = "The key id every sealed value now carries", example = "prod-2") String currentKey,
        @Schema(description = "Values re-sealed per table.column (those already under the current key are not counted)")
        Map<String, Integer> resealed) {
}
