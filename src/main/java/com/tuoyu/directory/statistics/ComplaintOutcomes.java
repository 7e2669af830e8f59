package com.tuoyu.directory.statistics;

import com.tuoyu.directory.statistics.dto.ComplaintOutcome;
import io.smallrye.mutiny.Uni;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the demonstration-city indicators need from complaints: per nursery, the complaints substantiated and the
 * parents' ratings. Owned here and implemented by the complaint feature, which may use statistics; statistics never
 * depends on complaint (the same shape as {@code supervision.SubstantiatedComplaints}).
 */
public interface ComplaintOutcomes {

    /**
     * For the complaints resolved from {@code from} (inclusive) to {@code until} (exclusive), Beijing days, about the
     * nurseries asked for, in one query: how many were found substantiated (wholly or in part), how many the parent
     * rated and the sum of those ratings (1-5). A nursery with none is absent.
     */
    Uni<Map<UUID, ComplaintOutcome>> outcomes(Collection<UUID> nurseryIds, LocalDate from, LocalDate until);
}
