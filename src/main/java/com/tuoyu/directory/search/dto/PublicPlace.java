package com.tuoyu.directory.search.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place the parent may mean: search nurseries around its location with lat/lng. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Place")
public record PublicPlace(
        @Schema(example = "万达广场") String name,
        @Schema(example = "江西省南昌市红谷滩区") String address,
        @Schema(description = "GB/T 2260 code of its county, when the provider gave one", example = "360113") String divisionCode,
        PublicLocation location) {
}
