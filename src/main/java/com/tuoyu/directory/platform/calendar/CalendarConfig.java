package com.tuoyu.directory.platform.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "nursery.calendar")
public interface CalendarConfig {

    /**
     * How often each replica re-reads the loaded holiday arrangements from PostgreSQL, so an arrangement loaded
     * on one replica reaches the others within this time.
     */
    @WithDefault("PT30S")
    Duration refreshInterval();
}
