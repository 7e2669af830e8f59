package com.tuoyu.directory.division.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A division as staff read it: its code, its own name and the full name from the province down. */
@Schema(name = "DivisionLabel")
public record DivisionLabel(
        @Schema(required = true, example = "360102") String code,
        @Schema(required = true, example = "东湖区") String name,
        @Schema(required = true, example = "江西省南昌市东湖区") String fullName) {
}
