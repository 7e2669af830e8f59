package com.tuoyu.directory.statistics.dto;

/**
 * Counts over the nurseries listed in a division, for the statistics feature: filed (listed) nurseries, inclusive
 * ones, slots and children enrolled (all and at inclusive nurseries), complaints substantiated in the last 12 months;
 * {@code slotsInResidentCounties}: the slots of the nurseries in the counties whose residents are known, the only ones
 * a ratio per resident may count.
 */
public record NurseryFigures(int filedNurseries, int inclusiveNurseries, long slots, long inclusiveSlots,
                             long enrolled, long substantiatedComplaintsLast12Months, long slotsInResidentCounties) {
}
