package com.tuoyu.directory.nursery.dto;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What figures over many listed nurseries need of each: who, where (county and WGS-84 point), whether inclusive, and
 * the day it was filed (null when unknown).
 */
public record ListedSummary(UUID id, String name, String divisionCode, boolean inclusive, double latitude,
                            double longitude, LocalDate filedOn) {
}
