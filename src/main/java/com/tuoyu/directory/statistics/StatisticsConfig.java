package com.tuoyu.directory.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "nursery.statistics")
public interface StatisticsConfig {

    /** 每千人口托位数 target (national target for 2025). */
    @WithDefault("4.5")
    double slotsPerThousandResidentsTarget();

    /** Answers each replica keeps (statistics, indicators and rankings each): every division's with room to spare. */
    @WithDefault("5000")
    long cachedAnswers();

    /**
     * Age after which an answer is computed again (in the background, the old one answering meanwhile): what
     * changes no nursery (a complaint's rating, the residents of a division) shows after this and one more request;
     * a change to a nursery drops its province's answers at once.
     */
    @WithDefault("PT5M")
    Duration cacheMaxAge();
}
