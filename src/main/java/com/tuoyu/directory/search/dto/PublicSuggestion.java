package com.tuoyu.directory.search.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Suggestion")
public record PublicSuggestion(String id, @Schema(example = "小太阳托育中心") String name,
                               @Schema(example = "江西省南昌市东湖区八一大道128号") String address,
                               @Schema(example = "360102") String divisionCode,
                               @Schema(description = "Straight-line distance from lat/lng in metres; only with lat/lng", example = "850") Integer distanceMetres) {
}
