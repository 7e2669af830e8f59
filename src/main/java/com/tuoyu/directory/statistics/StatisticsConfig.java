package com.tuoyu.directory.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "nursery.statistics")
public interface StatisticsConfig {

    /** 每千人口托位数 target (national target for 2025). */
    @WithDefault("4.5")
    double slotsPerThousandResidentsTarget();
}
