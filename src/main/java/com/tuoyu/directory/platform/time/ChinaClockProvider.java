package com.tuoyu.directory.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import lombok.RequiredArgsConstructor;

import java.time.Clock;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} and the like by: the service's own, in China Standard
 * Time. With the JVM's default zone (UTC on most servers) a date that is today in Beijing counted as the future
 * between 00:00 and 08:00, so a parent could not report what had happened that morning.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ChinaClockProvider implements ClockProvider {

    private final Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
