package com.tuoyu.directory.platform.overload;

import io.vertx.sqlclient.ClosedConnectionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import java.net.SocketException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as PostgreSQL being away (a 503 to retry) rather than a fault (a 500 incident). */
class DatabaseUnavailableTest {

    @Test
    void aConnectionThatBrokeUnderAQueryIsTheDatabaseBeingAway() {
        // As the topology run saw it when pg_ctl stopped PostgreSQL mid-query.
        assertThat(DatabaseUnavailable.causedBy(new HibernateException("query failed",
                new SocketException("Connection reset")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(ClosedConnectionException.INSTANCE))).isTrue();
    }

    @Test
    void aSocketFailureOutsideTheDatabaseClientIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new SocketException("Connection reset"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bad", new SocketException("x")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new HibernateException("constraint"))).isFalse();
    }
}
