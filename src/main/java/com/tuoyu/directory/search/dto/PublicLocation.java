package com.tuoyu.directory.search.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Location", description = "A point in the coordinate system the response names")
public record PublicLocation(@Schema(example = "28.684912") double lat, @Schema(example = "115.899013") double lng) {
}
