package com.tuoyu.directory.platform.elasticsearch;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one place where a call to the Elasticsearch async client rejoins the caller's Vert.x context.
 *
 * <p>The client completes its futures on its own I/O threads; Hibernate Reactive refuses a session used off the
 * context that opened it (HR000069), and so would anything else bound to the request. Every Elasticsearch call
 * goes through {@link #call(Supplier)}.
 */
public final class ElasticsearchCalls {

    private ElasticsearchCalls() {
    }

    public static <T> Uni<T> call(Supplier<CompletableFuture<T>> request) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            Uni<T> response = Uni.createFrom().completionStage(request);
            return context == null ? response
                    : response.emitOn(command -> context.runOnContext(ignored -> command.run()));
        });
    }
}
