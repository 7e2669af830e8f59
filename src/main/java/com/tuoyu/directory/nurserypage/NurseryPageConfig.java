package com.tuoyu.directory.nurserypage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "nursery.nursery-page")
public interface NurseryPageConfig {

    /**
     * Bytes of serialized pages each replica keeps (a page is about 5-10 KB): 32 MB hold some 4,000 pages, the
     * nurseries parents open most; the others are built on demand.
     */
    @WithDefault("33554432")
    long cachedBytes();

    /**
     * Age after which a page is rebuilt even when no change was seen (in the background, the old page answering
     * meanwhile): a backstop only, every change is acted on within {@code nursery.changes.poll-interval}.
     */
    @WithDefault("PT10M")
    Duration maxAge();
}
