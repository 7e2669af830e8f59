package com.tuoyu.directory.platform.calendar;

import io.smallrye.mutiny.Uni;

/**
 * Implemented by features that store deadlines counted in working days: when a supervisor loads a year's arrangement,
 * deadlines that were computed provisionally (the year was not published yet) are computed again with it, so they
 * move to the days the State Council decided. Called after the load commits, with the calendar already using it.
 */
public interface ProvisionalDeadlines {

    /** Recomputes the provisional deadlines that reach into {@code year}; answers how many moved. */
    Uni<Integer> recompute(int year);
}
