package com.tuoyu.directory.supervision;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tuoyu.directory.nursery.NurseryChangeListener;
import com.tuoyu.directory.nursery.dto.NurseryChange;
import com.tuoyu.directory.platform.cache.SharedLoads;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.supervision.dto.AdminRisk;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Each replica's division risk rankings, per division, coordinate system and China's date (a score counts days since
 * the last inspection and permits expiring by today). Everything a score reads (disclosures, inspections, penalties,
 * the black list, substantiated complaints) changes its nursery's version, so {@code nursery.NurseryChangeFeed} drops
 * the rankings holding a changed nursery within a poll interval on every replica, and at once on the replica that
 * wrote. Supervisors open the ranking and the map over and over while they plan visits; a city of 800 nurseries takes
 * about 90 ms to score. The inspection draw never reads from here: it scores afresh, as its audit record says.
 */
@ApplicationScoped
public class RiskRankings implements NurseryChangeListener {

    private record Key(String division, CoordinateSystem coordinates, LocalDate day) {
    }

    private final AsyncCache<Key, List<AdminRisk>> rankings = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(10)).buildAsync();
    private final Clock clock;

    public RiskRankings(Clock clock) {
        this.clock = clock;
    }

    Uni<List<AdminRisk>> get(String division, CoordinateSystem coordinates, Supplier<Uni<List<AdminRisk>>> compute) {
        return SharedLoads.get(rankings, new Key(division, coordinates, LocalDate.now(clock)), compute);
    }

    @Override
    public void changed(List<NurseryChange> changes) {
        rankings.asMap().keySet().removeIf(key -> changes.stream()
                .anyMatch(c -> c.divisionCode() == null || c.divisionCode().startsWith(prefix(key.division()))));
    }

    @Override
    public void changedEverything() {
        rankings.asMap().clear();
    }

    /** The provinces of a change made here are not at hand; such writes are few (staff's), so all rankings go. */
    @Override
    public void changedHere(Set<UUID> ids) {
        changedEverything();
    }

    /** The code's meaningful part: 360000 covers 36xxxx, 360100 covers 3601xx. */
    static String prefix(String division) {
        String code = division;
        while (code.length() > 2 && code.endsWith("00")) {
            code = code.substring(0, code.length() - 2);
        }
        return code;
    }
}
