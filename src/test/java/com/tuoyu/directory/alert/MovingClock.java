package com.tuoyu.directory.alert;

import com.tuoyu.directory.platform.time.ClockProducer;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The service's clock for {@link AlertClockProfile}: it runs at the real pace from 10:00 Beijing time 200 days ago,
 * and a test moves it forward by days. It starts in the past so that everything the service stamps with it (outbox
 * events among them) is already due by the database's clock, however far a test moves it; and in the morning, so
 * that a test never crosses midnight (a new Beijing day) without moving it.
 */
public class MovingClock extends Clock {

    private static final Instant START = ZonedDateTime.of(LocalDate.now(ClockProducer.CHINA).minusDays(200), LocalTime.of(10, 0),
            ClockProducer.CHINA).toInstant();
    private static final long STARTED_NANOS = System.nanoTime();

    private volatile Duration moved = Duration.ZERO;

    /** Moves the clock forward; every later reading is that much later. */
    public void advance(Duration by) {
        moved = moved.plus(by);
    }

    @Override
    public Instant instant() {
        return START.plusNanos(System.nanoTime() - STARTED_NANOS).plus(moved);
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Replaces the service's clock; enabled by {@link AlertClockProfile} only. */
    @Alternative
    public static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return new MovingClock();
        }
    }
}
