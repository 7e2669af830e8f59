package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * One index rebuild at a time across every replica: a PostgreSQL advisory lock, held on a connection of its own for
 * the rebuild's whole duration. Two replicas rebuilding at once (a mapping change in a rolling deploy) would each
 * swap the alias to their own copy, and the later swap would drop whatever the other replica's outbox wrote only to
 * the earlier one. A replica that dies mid-rebuild loses its connection, and PostgreSQL releases the lock with it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RebuildLock {

    /** The same fixed key in every replica (the bytes of "nursidx1"): names this lock among the database's others. */
    static final long KEY = 0x6e75727369647831L;

    private final Pool pool;

    /** Another replica (or this one) is rebuilding right now. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("Another rebuild holds the lock", null, false, false);
        }
    }

    /**
     * Runs {@code work} holding the lock. When another replica holds it, waits for it ({@code wait}) or fails at once
     * with {@link Busy}.
     */
    public <T> Uni<T> holding(boolean wait, Supplier<Uni<T>> work) {
        return pool.getConnection().chain(connection -> acquire(connection, wait)
                .chain(acquired -> acquired
                        ? work.get().call(() -> release(connection)).onFailure().call(() -> release(connection))
                        : Uni.createFrom().<T>failure(new Busy()))
                .eventually(connection::close));
    }

    private static Uni<Boolean> acquire(SqlConnection connection, boolean wait) {
        // pg_advisory_lock waits in PostgreSQL, not here: the connection just has a query pending meanwhile.
        return wait
                ? connection.preparedQuery("select pg_advisory_lock($1)").execute(Tuple.of(KEY)).replaceWith(true)
                : connection.preparedQuery("select pg_try_advisory_lock($1)").execute(Tuple.of(KEY))
                        .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Best effort: if it fails, closing the connection releases the lock anyway. */
    private static Uni<Void> release(SqlConnection connection) {
        return connection.preparedQuery("select pg_advisory_unlock($1)").execute(Tuple.of(KEY))
                .replaceWithVoid().onFailure().recoverWithNull();
    }
}
