package com.tuoyu.directory.platform.time;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The service's clock stopped at 01:00 in Beijing on Beijing's today: between 00:00 and 08:00 a server in UTC still
 * has yesterday's date. Enabled only by {@link BeijingMorningComplaintTest}'s profile.
 */
@Alternative
public class FixedBeijingMorningClock {

    /** Today in Beijing, at 01:00 there (17:00 UTC the day before). */
    public static final ZonedDateTime ONE_AM = ZonedDateTime.of(LocalDate.now(ClockProducer.CHINA), LocalTime.of(1, 0),
            ClockProducer.CHINA);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(ONE_AM.toInstant(), ClockProducer.CHINA);
    }
}
