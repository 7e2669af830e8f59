package com.tuoyu.directory.fees;

import java.time.LocalDate;
import java.util.List;

/** Where a dated price (a fee or a guide price) stands among the prices of the same care type and age group. */
public enum PriceState {
    /** Takes effect after today. */
    SCHEDULED,
    /** The latest one that has started. */
    IN_FORCE,
    /** Started, then replaced by a later one that has started too. */
    REPLACED;

    /** The state of the price starting {@code from}, among the start dates of its siblings (itself included). */
    public static PriceState of(LocalDate from, List<LocalDate> siblings, LocalDate today) {
        if (from.isAfter(today)) {
            return SCHEDULED;
        }
        boolean replaced = siblings.stream().anyMatch(d -> d.isAfter(from) && !d.isAfter(today));
        return replaced ? REPLACED : IN_FORCE;
    }
}
