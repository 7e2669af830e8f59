package com.tuoyu.directory.statistics;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tuoyu.directory.nursery.NurseryChangeListener;
import com.tuoyu.directory.nursery.dto.NurseryChange;
import com.tuoyu.directory.platform.cache.SharedLoads;
import com.tuoyu.directory.platform.cache.SharedLoads.Aged;
import com.tuoyu.directory.statistics.dto.CityIndicatorsReport;
import com.tuoyu.directory.statistics.dto.ProvinceCityRanking;
import com.tuoyu.directory.statistics.dto.PublicDivisionStatistics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Each replica's cache of the public figures: division statistics, a city's indicators and a province's ranking, per
 * code, year and China's date. Concurrent requests for a missing answer share one computation, and computations are
 * bounded (the {@code STATISTICS} bulkhead on the services), so callers asking for many divisions cannot starve the
 * other endpoints. A change to any nursery of a province, seen by {@code nursery.NurseryChangeFeed} whichever replica
 * wrote it (a filing, a revocation, a disclosure, a supervision record, a substantiated complaint), drops every answer
 * of that province within a poll interval. What changes no nursery's version (a complaint's rating, a division's
 * residents) shows after {@link StatisticsConfig#cacheMaxAge()}.
 */
@ApplicationScoped
public class StatisticsCache implements NurseryChangeListener {

    /** What an answer depends on; {@code year} is null for the statistics and when the caller named none. */
    record Key(String code, Integer year, LocalDate day) {
        String province() {
            return code.substring(0, 2);
        }
    }

    private final AsyncCache<Key, Aged<PublicDivisionStatistics>> statistics;
    private final AsyncCache<Key, Aged<CityIndicatorsReport>> cities;
    private final AsyncCache<Key, Aged<ProvinceCityRanking>> rankings;
    /** A province's indicators for a year, the one computation every city of it and its ranking are read from. */
    private final AsyncCache<Key, Aged<IndicatorsService.Ranked>> provinceIndicators;
    private final Clock clock;
    private final Duration maxAge;

    public StatisticsCache(StatisticsConfig config, Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.maxAge = config.cacheMaxAge();
        this.statistics = build(config);
        this.cities = build(config);
        this.rankings = build(config);
        this.provinceIndicators = build(config);
        CaffeineCacheMetrics.monitor(registry, statistics, "division-statistics");
        CaffeineCacheMetrics.monitor(registry, cities, "city-indicators");
        CaffeineCacheMetrics.monitor(registry, rankings, "city-rankings");
        CaffeineCacheMetrics.monitor(registry, provinceIndicators, "province-indicators");
    }

    /** An answer older than the max age is given once more while it is computed again; unused for 3x, dropped. */
    private static <V> AsyncCache<Key, Aged<V>> build(StatisticsConfig config) {
        return Caffeine.newBuilder().maximumSize(config.cachedAnswers()).expireAfterWrite(config.cacheMaxAge().multipliedBy(3))
                .recordStats().buildAsync();
    }

    Uni<PublicDivisionStatistics> statistics(String code, Supplier<Uni<PublicDivisionStatistics>> compute) {
        return get(statistics, code, null, compute);
    }

    Uni<CityIndicatorsReport> city(String code, Integer year, Supplier<Uni<CityIndicatorsReport>> compute) {
        return get(cities, code, year, compute);
    }

    Uni<ProvinceCityRanking> ranking(String code, Integer year, Supplier<Uni<ProvinceCityRanking>> compute) {
        return get(rankings, code, year, compute);
    }

    /**
     * The computation shared by a province's cities (each city's answer holds its province's average, so it reads
     * the whole province): without it, 11 cities of 江西省 asked once each computed the province 11 times.
     */
    Uni<IndicatorsService.Ranked> province(String provinceCode, int year, Supplier<Uni<IndicatorsService.Ranked>> compute) {
        return SharedLoads.getRefreshing(provinceIndicators, new Key(provinceCode, year, LocalDate.now(clock)), maxAge, clock,
                compute);
    }

    private <V> Uni<V> get(AsyncCache<Key, Aged<V>> cache, String code, Integer year, Supplier<Uni<V>> compute) {
        // A malformed code is refused by the computation (and failures are never kept); it only must not break the key.
        if (code == null || code.length() < 2) {
            return compute.get();
        }
        return SharedLoads.getRefreshing(cache, new Key(code, year, LocalDate.now(clock)), maxAge, clock, compute);
    }

    @Override
    public void changed(List<NurseryChange> changes) {
        Set<String> provinces = changes.stream().map(NurseryChange::divisionCode)
                .filter(code -> code != null && code.length() >= 2)
                .map(code -> code.substring(0, 2)).collect(Collectors.toSet());
        // Answers being computed are dropped too: they may have read the nurseries before the change.
        for (AsyncCache<Key, ?> cache : List.<AsyncCache<Key, ?>>of(statistics, cities, rankings, provinceIndicators)) {
            cache.asMap().keySet().removeIf(key -> provinces.contains(key.province()));
        }
    }

    /** The provinces of a change made here are not at hand; such writes are few (staff's), so all answers go. */
    @Override
    public void changedHere(Set<UUID> ids) {
        changedEverything();
    }

    @Override
    public void changedEverything() {
        statistics.asMap().clear();
        cities.asMap().clear();
        rankings.asMap().clear();
        provinceIndicators.asMap().clear();
    }
}
