package com.tuoyu.directory.search.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Suggestion")
public record PublicSuggestion(String id, @Schema(example = "小太阳托育中心") String name,
                               @Schema(example = "江西省南昌市东湖区八一大道128号") String address) {
}
