package com.tuoyu.directory.statistics.dto;

/** One nursery's resolved complaints in a period: substantiated ones, and the parents' ratings (count and sum). */
public record ComplaintOutcome(long substantiated, long ratings, long ratingSum) {

    public static final ComplaintOutcome NONE = new ComplaintOutcome(0, 0, 0);
}
