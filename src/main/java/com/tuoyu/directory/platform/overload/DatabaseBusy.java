package com.tuoyu.directory.platform.overload;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;

/**
 * Recognises the reactive pool's refusals: no connection within {@code nursery.overload.database.connection-wait}
 * (Vert.x 4.5 fails the acquisition with {@code Future.failedFuture("Timeout")}, a {@code NoStackTraceThrowable}, and a
 * pooled query with a {@code VertxException} "Timeout waiting for connection"), or too many waiting already
 * ({@code ConnectionPoolTooBusyException}, "Connection pool reached max wait queue size"). All mean the
 * database is saturated, not broken: the client is told to retry shortly (503), instead of an incident (500).
 */
public final class DatabaseBusy {

    private static final String POOL_TIMEOUT = "Timeout waiting for connection";
    private static final String ACQUISITION_TIMEOUT = "Timeout";

    private DatabaseBusy() {
    }

    /** Whether this failure, or one of its causes, is the pool refusing to hand out a connection. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectionPoolTooBusyException) {
                return true;
            }
            if (cause instanceof VertxException && POOL_TIMEOUT.equals(cause.getMessage())) {
                return true;
            }
            if (cause instanceof io.vertx.core.impl.NoStackTraceThrowable && ACQUISITION_TIMEOUT.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
