package com.tuoyu.directory.platform.overload;

import lombok.RequiredArgsConstructor;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;

/**
 * Creates the reactive PostgreSQL pool with a bounded wait for a connection ({@link OverloadConfig.Database}).
 *
 * <p>Quarkus 3.30 has no {@code quarkus.datasource.reactive.*} property for the pool's connection timeout or its
 * wait-queue size (its reactive datasource settings are max-size, idle-timeout, max-lifetime, event-loop-size,
 * shared, name and the TLS ones), so Vert.x's defaults applied: wait up to 30 seconds, queue without bound. The
 * documented way to change other pool options is a {@link PgPoolCreator} bean; it receives the options built from
 * {@code quarkus.datasource.reactive.*} and only the two wait settings are changed here. The pool must stay a
 * {@link PgPool} (Quarkus casts it), hence the deprecated factory.
 *
 * <p>Limitation: with a creator, Quarkus does not apply a datasource credentials provider; this service uses
 * {@code quarkus.datasource.username} / {@code password}, which are part of the connect options passed in.
 */
@Singleton
@RequiredArgsConstructor
public class BoundedWaitPoolCreator implements PgPoolCreator {

    private final OverloadConfig config;

    @Override
    @SuppressWarnings("deprecation")
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions())
                .setConnectionTimeout(Math.toIntExact(Math.max(1, config.database().connectionWait().toMillis())))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxWaitQueueSize(config.database().waitQueue());
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), options);
    }
}
