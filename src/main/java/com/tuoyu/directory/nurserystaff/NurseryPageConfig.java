package com.tuoyu.directory.nurserystaff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of a nursery's own page. */
@ConfigMapping(prefix = "nursery.page")
public interface NurseryPageConfig {

    /** Largest photo accepted, in bytes: the same 5 MB as complaint photos. */
    @WithDefault("5242880")
    int maxPhotoBytes();

    /** Photos a nursery may keep on its page, hidden ones included. */
    @WithDefault("12")
    int maxPhotos();
}
