package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A nursery's supervision record at a glance, for a handler deciding a complaint about it: the latest inspections
 * and penalties with their ids, so that a substantiated resolution can link the one it led to.
 */
public record SupervisionGlance(List<Inspection> inspections, List<Penalty> penalties, boolean blackListed) {

    public record Inspection(UUID id, LocalDate inspectedOn, PublicTerm kind, PublicTerm result) {
    }

    public record Penalty(UUID id, LocalDate decidedOn, String decisionNumber, String sanction) {
    }
}
