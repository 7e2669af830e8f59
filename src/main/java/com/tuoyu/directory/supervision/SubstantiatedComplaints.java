package com.tuoyu.directory.supervision;

import io.smallrye.mutiny.Uni;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Substantiated complaints per nursery, which the risk score weighs. Owned here and implemented by the complaint
 * feature, which itself links complaints to supervision records: the dependency runs one way only.
 */
public interface SubstantiatedComplaints {

    /**
     * Complaints found substantiated or partly substantiated and resolved since a day (Beijing time), per nursery,
     * for many nurseries in one query; a nursery with none is absent.
     */
    Uni<Map<UUID, Integer>> counts(Collection<UUID> nurseryIds, LocalDate since);
}
