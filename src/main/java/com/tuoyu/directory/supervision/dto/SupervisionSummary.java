package com.tuoyu.directory.supervision.dto;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The supervision facts a search card warns about, as dates rather than verdicts so that a reader decides "in the last
 * 24 months" or "listed today" on its own day: the latest inspection and penalty, and since when the nursery has been
 * on the black list (the earliest entry not removed; it may lie ahead). Each is null when there is none.
 */
public record SupervisionSummary(UUID nurseryId, LocalDate lastInspectedOn, LocalDate lastPenaltyOn,
                                 LocalDate blackListedFrom) {
}
