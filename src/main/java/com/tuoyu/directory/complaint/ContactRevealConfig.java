package com.tuoyu.directory.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits on revealing reporters' numbers (issue #21 point 6). */
@ConfigMapping(prefix = "nursery.contact-reveal")
public interface ContactRevealConfig {

    /** Reveals by one person in one day (China time) beyond which the district's supervisors are alerted. */
    @WithDefault("10")
    int dailyThreshold();

    /** How long a supervisor's re-opening lets handlers reveal the number of a closed complaint. */
    @WithDefault("P7D")
    Duration reopenedFor();
}
