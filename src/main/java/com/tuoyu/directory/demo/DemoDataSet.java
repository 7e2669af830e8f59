package com.tuoyu.directory.demo;

import com.tuoyu.directory.fees.dto.GuidePriceImport;

import java.util.List;

/** A generated city: guide prices per county, the nurseries in it and a few past random inspection draws. */
public record DemoDataSet(List<GuidePriceImport> guidePrices, List<DemoNursery> nurseries, List<DemoDraw> draws) {
}
