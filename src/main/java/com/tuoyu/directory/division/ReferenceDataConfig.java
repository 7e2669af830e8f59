package com.tuoyu.directory.division;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Reference data loaded at start besides the classpath files. */
@ConfigMapping(prefix = "nursery.reference")
public interface ReferenceDataConfig {

    /**
     * A divisions file on disk, in the format of {@code reference/divisions.csv}, loaded after it with the same rules
     * (the benchmark's national data set, {@code bench/data/national-cities.csv}). Unset: none, as in every other run.
     */
    Optional<String> extraDivisions();
}
