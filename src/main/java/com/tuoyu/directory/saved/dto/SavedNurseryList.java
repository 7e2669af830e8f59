package com.tuoyu.directory.saved.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A parent's saved nurseries, newest first, with the limit so a client can say how many more fit. */
@Schema(name = "SavedNurseries")
public record SavedNurseryList(
        @Schema(description = "How many nurseries are saved", example = "2") int count,
        @Schema(description = "The most a parent may save", example = "50") int limit,
        @Schema(description = "Newest first; nurseries no longer listed stay, with listed false") List<SavedNurseryEntry> items) {
}
