package com.tuoyu.directory.demo;

import com.tuoyu.directory.supervision.PastDraws;

import java.time.LocalDate;
import java.util.List;

/**
 * A past random inspection draw of the demo data: its county, day, seed and candidates (weighted alike), from which
 * the picks follow; the picked nurseries' RANDOM inspections on or after the day are in their disclosures, so the
 * draw is published with its results.
 */
public record DemoDraw(String divisionCode, LocalDate drawnOn, long seed, int count,
                       List<PastDraws.Candidate> candidates) {
}
