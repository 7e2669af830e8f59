package com.tuoyu.directory.platform.overload;

import io.netty.channel.AbstractChannel;
import io.vertx.pgclient.PgException;
import org.hibernate.HibernateException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Recognises PostgreSQL being away rather than failing: its connection closed under the query, the server shutting
 * down or starting up (SQLSTATE class 57, operator intervention, e.g. 57P01 when an administrator stops it, 57P03
 * while it cannot accept connections yet) or a connection exception (class 08). The pool reconnects by itself once
 * PostgreSQL is back, so the client is told to retry shortly (503 with Retry-After), not handed an incident (500).
 * Also a socket failure beneath Hibernate's or the SQL client's own exception: the connection broke mid-query as
 * PostgreSQL stopped (seen in the topology run: a {@code HibernateException} over a {@code SocketException}).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        boolean databaseClient = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof java.net.ConnectException && cause.getClass().getEnclosingClass() == AbstractChannel.class) {
                // The reactive pool could not connect (Netty's; the Elasticsearch client's are Apache's plain ones).
                return true;
            }
            databaseClient |= cause instanceof HibernateException || cause instanceof PgException;
            if (databaseClient && cause instanceof java.net.SocketException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("57") || pg.getSqlState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
