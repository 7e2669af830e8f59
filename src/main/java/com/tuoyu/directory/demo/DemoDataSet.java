package com.tuoyu.directory.demo;

import com.tuoyu.directory.fees.dto.GuidePriceImport;

import java.util.List;

/** A generated city: guide prices per county and the nurseries in it. */
public record DemoDataSet(List<GuidePriceImport> guidePrices, List<DemoNursery> nurseries) {
}
