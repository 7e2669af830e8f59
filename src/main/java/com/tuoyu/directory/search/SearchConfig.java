package com.tuoyu.directory.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "nursery.search")
public interface SearchConfig {

    /** The alias every read and write goes through; physical indices are named {@code <alias>-<millis>}. */
    @WithDefault("nurseries")
    String alias();

    @WithDefault("1")
    int shards();

    /** 0 on a single node (tests, local run); at least 1 on a cluster. */
    @WithDefault("0")
    int replicas();
}
