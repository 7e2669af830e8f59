package com.tuoyu.directory.platform.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh-ahead: an old answer is still given once while its successor is computed; forgetting wins over a refresh. */
class SharedLoadsTest {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(10);
    private static final Instant START = Instant.parse("2026-12-06T02:00:00Z");

    private final AsyncCache<String, SharedLoads.Aged<String>> cache = Caffeine.newBuilder().buildAsync();
    private final AtomicInteger computed = new AtomicInteger();
    private Clock clock = Clock.fixed(START, ZoneOffset.UTC);

    private String get() {
        return SharedLoads.getRefreshing(cache, "page", REFRESH_AFTER, clockNow(), () -> Uni.createFrom()
                .item(() -> "v" + computed.incrementAndGet())).await().indefinitely();
    }

    private Clock clockNow() {
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }

    private void advance(Duration by) {
        clock = Clock.fixed(clock.instant().plus(by), ZoneOffset.UTC);
    }

    @Test
    void aYoungAnswerIsKeptAnOldOneIsGivenOnceMoreThenReplaced() {
        assertThat(get()).isEqualTo("v1");
        advance(Duration.ofMinutes(9));
        assertThat(get()).isEqualTo("v1");
        assertThat(computed).hasValue(1);

        advance(Duration.ofMinutes(2));
        // Old: answered as it is, without waiting; the refresh it started replaced it for the next caller.
        assertThat(get()).isEqualTo("v1");
        assertThat(computed).hasValue(2);
        assertThat(get()).isEqualTo("v2");
        assertThat(get()).isEqualTo("v2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aForgottenKeyIsComputedAgainAndARefreshDoesNotBringBackWhatWasForgotten() {
        assertThat(get()).isEqualTo("v1");
        SharedLoads.forget(cache, "page");
        assertThat(get()).isEqualTo("v2");

        // A refresh whose result arrives after the key was forgotten is dropped.
        advance(Duration.ofMinutes(11));
        SharedLoads.Aged<String> old = cache.getIfPresent("page").join();
        io.smallrye.mutiny.subscription.UniEmitter<? super String>[] pending = new io.smallrye.mutiny.subscription.UniEmitter[1];
        String answered = SharedLoads.getRefreshing(cache, "page", REFRESH_AFTER, clockNow(),
                () -> Uni.createFrom().emitter(emitter -> pending[0] = emitter)).await().indefinitely();
        assertThat(answered).isEqualTo("v2");
        assertThat(old.refreshing()).isTrue();
        SharedLoads.forget(cache, "page");
        pending[0].complete("stale refresh");
        assertThat(cache.getIfPresent("page")).isNull();
        assertThat(get()).isEqualTo("v3");
    }
}
