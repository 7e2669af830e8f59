package com.tuoyu.directory.search.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchPage")
public record PublicSearchPage(
        @Schema(enumeration = {"wgs84", "gcj02"}) String coordinateSystem,
        @Schema(description = "Nurseries matching the search") long total,
        List<PublicNurseryCard> items,
        PublicFacets facets,
        @Schema(description = "Pass as 'cursor' for the next page; absent on the last page") String nextCursor,
        @Schema(description = "With feeMin, feeMax or sort=fee: whether the fees compared include the monthly meal fee (includeMeals)") Boolean feeIncludesMeals,
        @Schema(description = "Words of q applied as filters instead of matched as text") List<PublicAppliedFilter> appliedFromQuery,
        @Schema(description = "Why the page is empty, when that is known before searching") PublicSearchHint hint) {
}
