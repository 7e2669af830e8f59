package com.tuoyu.directory.nurserypage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tuoyu.directory.nursery.NurseryChangeListener;
import com.tuoyu.directory.nursery.dto.NurseryChange;
import com.tuoyu.directory.platform.cache.SharedLoads;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.http.EntityTags;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.subsidy.CostChoices;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Each replica's cache of serialized public pages, so a page parents open again costs no query. A page is kept per
 * nursery, coordinate system and China's date (sections say what they are as of today, vacancies age, permits
 * expire), and dropped as soon as {@code nursery.NurseryChangeFeed} reports the nursery changed, on whichever replica
 * it was written: a change shows within a poll interval of its commit, a revoked nursery's page is gone as fast.
 * Concurrent requests for a missing page share one build. Only pages are kept, never a "not found".
 */
@ApplicationScoped
public class NurseryPages implements NurseryChangeListener {

    /** A page's key: the nursery, the coordinates and the language asked for, and the day it was built for. */
    record Key(UUID id, CoordinateSystem system, Language language, LocalDate day) {
    }

    /** The serialized page and its strong entity tag. */
    public record Page(byte[] body, String tag) {
    }

    private final AsyncCache<Key, SharedLoads.Aged<Page>> cache;
    private final Duration maxAge;
    private final NurseryPageService service;
    private final ObjectMapper json;
    private final Clock clock;

    public NurseryPages(NurseryPageService service, ObjectMapper json, Clock clock, NurseryPageConfig config,
                        MeterRegistry registry) {
        this.service = service;
        this.json = json;
        this.clock = clock;
        this.maxAge = config.maxAge();
        // A page older than maxAge is given once more while its rebuild runs (SharedLoads.getRefreshing); one that
        // nobody opened for three times as long is dropped.
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.cachedBytes())
                .weigher((Key key, SharedLoads.Aged<Page> page) -> page.value().body().length + 200)
                .expireAfterWrite(config.maxAge().multipliedBy(3))
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(registry, cache, "nursery-pages");
    }

    /**
     * The page of a listed nursery, worded in the language asked for; fails with the service's not-found problem
     * otherwise. Pages with a parent's cost choices (a child's age, an employer allowance) are built each time: they
     * are rarer, and one key per choice would let a caller fill the cache.
     */
    public Uni<Page> page(UUID id, CoordinateSystem system, CostChoices choices, Language language) {
        if (!CostChoices.NONE.equals(choices)) {
            return build(id, system, choices, language);
        }
        Key key = new Key(id, system, language, LocalDate.now(clock));
        return SharedLoads.getRefreshing(cache, key, maxAge, clock, () -> build(id, system, choices, language));
    }

    private Uni<Page> build(UUID id, CoordinateSystem system, CostChoices choices, Language language) {
        return service.publicDetail(id, system, choices, language).map(detail -> {
            byte[] body = serialize(detail, language);
            return new Page(body, EntityTags.of(body));
        });
    }

    @Override
    public void changed(List<NurseryChange> changes) {
        forget(changes.stream().map(NurseryChange::id).toList());
    }

    @Override
    public void changedHere(Set<UUID> ids) {
        forget(ids);
    }

    private void forget(Collection<UUID> ids) {
        LocalDate today = LocalDate.now(clock);
        // Pages being built are dropped too (their builder may have read the nursery before the change); the days
        // around today cover a change seen just as China's date turns.
        for (UUID id : ids) {
            for (CoordinateSystem system : CoordinateSystem.values()) {
                for (Language language : Language.values()) {
                    for (LocalDate day : List.of(today.minusDays(1), today, today.plusDays(1))) {
                        SharedLoads.forget(cache, new Key(id, system, language, day));
                    }
                }
            }
        }
    }

    @Override
    public void changedEverything() {
        cache.asMap().clear();
    }

    private byte[] serialize(Object detail, Language language) {
        try {
            // Worded in the language of the key, whoever's request builds the page (shared builds, other contexts).
            return json.writer().withAttribute(Language.class, language).writeValueAsBytes(detail);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
