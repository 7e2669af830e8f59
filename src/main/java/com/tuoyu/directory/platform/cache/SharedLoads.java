package com.tuoyu.directory.platform.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
