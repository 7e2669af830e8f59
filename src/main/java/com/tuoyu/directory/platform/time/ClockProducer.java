package com.tuoyu.directory.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole service, in China Standard Time, so deadlines and "today" agree everywhere. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(CHINA);
    }
}
