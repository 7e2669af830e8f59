package com.tuoyu.directory.platform.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * China's official working days: weekdays, minus the public holidays of the State Council's yearly arrangement,
 * plus its make-up working weekends (调休). A year's arrangement comes from what a supervisor loaded (PostgreSQL,
 * see {@link HolidayArrangements}), else from the data file shipped for it ({@code calendar/<year>.json}). A year
 * with neither falls back to plain weekends, and says so: a deadline in such a year is {@link Deadline#provisional()}.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A due time, and whether it rests on a year whose holiday arrangement is not yet published. */
    public record Deadline(Instant due, boolean provisional) {
    }

    /** Where a year's arrangement comes from. */
    public enum Origin { LOADED, FILE, NONE }

    private record Year(HolidayArrangement arrangement, Map<LocalDate, Boolean> days, Origin origin) {
        static Year of(HolidayArrangement arrangement, Origin origin) {
            return new Year(arrangement, arrangement.days(), origin);
        }
    }

    private final Map<Integer, Optional<Year>> files = new ConcurrentHashMap<>();
    private volatile Map<Integer, Year> loaded = Map.of();

    /** Replaces the loaded arrangements (all of them: a year no longer loaded falls back to its file). */
    public void useLoaded(Collection<HolidayArrangement> arrangements) {
        loaded = arrangements.stream().collect(Collectors.toUnmodifiableMap(HolidayArrangement::year,
                a -> Year.of(a, Origin.LOADED), (a, b) -> b));
    }

    /** Adds or replaces one loaded arrangement. */
    public void useLoaded(HolidayArrangement arrangement) {
        Map<Integer, Year> next = new java.util.HashMap<>(loaded);
        next.put(arrangement.year(), Year.of(arrangement, Origin.LOADED));
        loaded = Map.copyOf(next);
    }

    /** The arrangement in force for the year, if any. */
    public Optional<HolidayArrangement> arrangement(int year) {
        return year(year).map(Year::arrangement);
    }

    public Origin origin(int year) {
        return year(year).map(Year::origin).orElse(Origin.NONE);
    }

    private Optional<Year> year(int year) {
        Year fromDatabase = loaded.get(year);
        return fromDatabase != null ? Optional.of(fromDatabase) : files.computeIfAbsent(year, WorkingDayCalendar::file);
    }

    private static Optional<Year> file(int year) {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream("calendar/" + year + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            HolidayArrangement arrangement = JSON.readValue(in, HolidayArrangement.class);
            if (arrangement.year() != year || !arrangement.problems().isEmpty()) {
                throw new IllegalStateException("calendar/" + year + ".json is not a valid arrangement for " + year
                        + ": " + arrangement.problems());
            }
            return Optional.of(Year.of(arrangement.sorted(), Origin.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        // A day is governed by its own year's arrangement, or by the next year's when that one begins in December.
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            Boolean working = year(year).map(y -> y.days().get(day)).orElse(null);
            if (working != null) {
                return working;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the official arrangement for the year is known (shipped or loaded). */
    public boolean arrangementKnown(int year) {
        return year(year).isPresent();
    }

    /** The n-th working day after {@code day} (n ≥ 1); the day itself does not count. */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * Due at the end (24:00, China time) of the n-th working day after the day something was received, the way
     * "within five working days" is read in administrative practice.
     */
    public Deadline workingDaysAfter(Instant received, int workingDays) {
        LocalDate receivedOn = received.atZone(CHINA).toLocalDate();
        LocalDate dueOn = addWorkingDays(receivedOn, workingDays);
        boolean provisional = false;
        for (int year = receivedOn.getYear(); year <= dueOn.getYear(); year++) {
            provisional |= !arrangementKnown(year);
        }
        Instant due = ZonedDateTime.of(dueOn.plusDays(1), LocalTime.MIDNIGHT, CHINA).toInstant();
        return new Deadline(due, provisional);
    }
}
