package com.tuoyu.directory.nursery.dto;

import java.util.UUID;

/** What figures over many listed nurseries need of each: who, where (county and WGS-84 point), and whether inclusive. */
public record ListedSummary(UUID id, String name, String divisionCode, boolean inclusive, double latitude,
                            double longitude) {
}
