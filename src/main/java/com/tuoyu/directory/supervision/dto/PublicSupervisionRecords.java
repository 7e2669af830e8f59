package com.tuoyu.directory.supervision.dto;

import java.util.List;

/** A nursery's public supervision section and the timeline events its records make. */
public record PublicSupervisionRecords(PublicSupervision supervision, List<SupervisionEvent> events) {
}
