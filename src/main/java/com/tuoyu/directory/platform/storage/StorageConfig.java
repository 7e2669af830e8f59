package com.tuoyu.directory.platform.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "nursery.storage")
public interface StorageConfig {

    /** Folder of the local-disk store. */
    @WithDefault("data/storage")
    String localDirectory();
}
