package com.tuoyu.directory.nursery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "nursery.changes")
public interface NurseryChangeConfig {

    /**
     * How often each replica asks PostgreSQL which nurseries changed lately ({@link NurseryChangeFeed}); with the
     * commit, what a cached page may lag behind a write on any replica.
     */
    @WithDefault("PT0.25S")
    Duration pollInterval();
}
