package com.tuoyu.directory.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "nursery.outbox")
public interface OutboxConfig {

    /** Whether this instance drains the outbox (every replica may; rows are locked with SKIP LOCKED). */
    @WithDefault("true")
    boolean enabled();

    /** How often the worker looks for due events (read by the scheduler expression of {@link OutboxWorker}). */
    @WithDefault("PT0.25S")
    Duration pollInterval();

    /** Events taken per round. */
    @WithDefault("200")
    int batchSize();

    /** First retry delay; doubles with each failed attempt up to {@link #maxBackoff()}. */
    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT10S")
    Duration maxBackoff();
}
