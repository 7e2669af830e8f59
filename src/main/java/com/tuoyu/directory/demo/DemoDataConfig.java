package com.tuoyu.directory.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data for the local run, the tests and benchmarks; never switched on in production. */
@ConfigMapping(prefix = "nursery.demo-data")
public interface DemoDataConfig {

    /** Load demo nurseries at start when the register is empty. */
    @WithDefault("false")
    boolean enabled();

    /** Same seed, same data. */
    @WithDefault("20261122")
    long seed();

    /** Also file demo complaints in every state in each demo county (the local run), with the nurseries. */
    @WithDefault("false")
    boolean complaints();

    /** Number of nurseries to generate. */
    @WithDefault("300")
    int size();
}
