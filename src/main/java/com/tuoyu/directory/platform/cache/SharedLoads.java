package com.tuoyu.directory.platform.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Reads through a Caffeine {@link AsyncCache} of answers computed by a {@link Uni}: concurrent callers of a missing key
 * share one computation (no stampede), a failed computation is not kept, and a caller that waits on another's
 * computation resumes on its own Vert.x context, as Hibernate Reactive and Quarkus REST expect.
 */
public final class SharedLoads {

    private SharedLoads() {
    }

    /**
     * The cached value of {@code key}, or the one {@code load} computes. {@code load} runs at once on the caller's
     * thread and context when this caller is the first to miss, so its database session is the caller's.
     */
    public static <K, V> Uni<V> get(AsyncCache<K, V> cache, K key, Supplier<Uni<V>> load) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<V> shared = cache.get(key, (k, executor) -> {
                CompletableFuture<V> computed = new CompletableFuture<>();
                load.get().subscribe().with(computed::complete, failure -> computed.completeExceptionally(new Failed(failure)));
                return computed;
            });
            if (shared.isDone() && !shared.isCompletedExceptionally()) {
                return Uni.createFrom().item(shared.join());
            }
            Context context = Vertx.currentContext();
            // Our own callback on the shared future: a caller that hangs up stops waiting, never the computation.
            Uni<V> answer = Uni.createFrom().emitter(emitter -> shared.whenComplete((value, failure) -> {
                if (failure == null) {
                    emitter.complete(value);
                } else {
                    emitter.fail(cause(failure));
                }
            }));
            return context == null ? answer : answer.emitOn(command -> context.runOnContext(ignored -> command.run()));
        });
    }

    /** A cached answer with the moment it was computed, and whether a fresher one is being computed. */
    public record Aged<V>(V value, Instant computedAt, AtomicBoolean refreshing) {
    }

    /**
     * As {@link #get}, for answers that grow old rather than wrong (a change drops them at once through
     * {@link #forget}; age only bounds what no change reports): an answer older than {@code refreshAfter} is still
     * given, and the first caller to see it starts a fresh computation in the background, which replaces it unless
     * the key was forgotten meanwhile. So a popular answer never expires under its callers (with expiry, every page
     * of a busy replica was rebuilt at the same moment, ten minutes after it was first built), and one nobody asks
     * for ages out of the cache by its expiry.
     */
    public static <K, V> Uni<V> getRefreshing(AsyncCache<K, Aged<V>> cache, K key, Duration refreshAfter, Clock clock,
                                              Supplier<Uni<V>> load) {
        Supplier<Uni<Aged<V>>> aged = () -> load.get().map(value -> new Aged<>(value, clock.instant(), new AtomicBoolean()));
        return get(cache, key, aged).invoke(answer -> {
            if (answer.computedAt().plus(refreshAfter).isBefore(clock.instant()) && answer.refreshing().compareAndSet(false, true)) {
                refresh(cache, key, answer, aged);
            }
        }).map(Aged::value);
    }

    private static <K, V> void refresh(AsyncCache<K, Aged<V>> cache, K key, Aged<V> old, Supplier<Uni<Aged<V>>> load) {
        CompletableFuture<Aged<V>> current = cache.getIfPresent(key);
        if (current == null || !current.isDone() || current.isCompletedExceptionally() || current.join() != old) {
            return;
        }
        Runnable start = () -> load.get().subscribe().with(
                fresh -> cache.asMap().replace(key, current, CompletableFuture.completedFuture(fresh)),
                failure -> old.refreshing().set(false));
        // Its own duplicated context: the background computation must not share the caller's database session.
        Context context = Vertx.currentContext();
        if (context == null) {
            start.run();
        } else {
            VertxContext.createNewDuplicatedContext(context).runOnContext(ignored -> start.run());
        }
    }

    private static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Failed failed ? failed.getCause() : cause;
    }

    /**
     * A computation's failure (a "not found", a refused build), as the shared future carries it: Caffeine drops a failed
     * future from the cache either way, and does not log a cancellation as it logs other failures, so an expected 404
     * or 503 is not a warning in the log.
     */
    private static final class Failed extends CancellationException {
        Failed(Throwable cause) {
            super(cause.getClass().getSimpleName());
            initCause(cause);
        }
    }

    /** Forgets {@code key}, also while it is being computed: the computation's answer then goes only to its callers. */
    public static <K, V> void forget(AsyncCache<K, V> cache, K key) {
        cache.asMap().remove(key);
    }
}
