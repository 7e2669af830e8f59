package com.tuoyu.directory.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A province's indicators: the average its cities are compared with. Its ratios are the province-wide ratios (each
 * city weighted by its size, as a 全省平均值 is computed); filed nurseries are also given as the mean per city.
 */
@Schema(name = "ProvinceIndicators")
public record ProvinceIndicators(
        @Schema(example = "360000") String code,
        @Schema(example = "江西省") String name,
        @Schema(description = "Prefecture-level cities (pseudo-city of directly administered counties included)", example = "12") int cities,
        IndicatorFigures figures,
        @Schema(description = "Filed nurseries per city (the province's filed nurseries / its cities)", example = "9.8333") double filedNurseriesPerCity) {
}
