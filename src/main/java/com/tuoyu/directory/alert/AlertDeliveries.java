package com.tuoyu.directory.alert;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The record of alert messages, written on its own connection and committed at once (the outbox worker's
 * transaction is rolled back when any message of its batch fails, and a parent already told must stay recorded).
 * A message is claimed before sending; the claim is what holds a subscription to one message a Beijing day
 * (a partial unique index over SENDING, SENT and UNCERTAIN rows per alert and day).
 */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AlertDeliveries {

    /** What claiming found. */
    enum Claim {
        /** This call claimed the day's message: send it. */
        CLAIMED,
        /** The event was handled before (sent, in doubt, or decided otherwise): nothing to do. */
        HANDLED_BEFORE,
        /** The subscription already had its message today. */
        DAILY_LIMIT
    }

    private final Pool pool;
    private final Clock clock;

    Uni<Claim> claim(long eventId, UUID alertId, UUID nurseryId, LocalDate day) {
        return insert(eventId, alertId, nurseryId, day, "SENDING").chain(claimed -> {
            if (claimed) {
                return Uni.createFrom().item(Claim.CLAIMED);
            }
            return pool.preparedQuery("select outcome from vacancy_alert_delivery where outbox_event_id = $1")
                    .execute(Tuple.of(eventId)).chain(rows -> {
                        if (rows.size() > 0) {
                            // A claim left open means a process died while sending: in doubt, never sent again.
                            return pool.preparedQuery("update vacancy_alert_delivery set outcome = 'UNCERTAIN', recorded_at = $2 "
                                            + "where outbox_event_id = $1 and outcome = 'SENDING'")
                                    .execute(Tuple.of(eventId, now())).replaceWith(Claim.HANDLED_BEFORE);
                        }
                        return insert(eventId, alertId, nurseryId, day, "DAILY_LIMIT").replaceWith(Claim.DAILY_LIMIT);
                    });
        });
    }

    /** A decision not to send (ended, no consent, ...), recorded once per event. */
    Uni<Void> decided(long eventId, UUID alertId, UUID nurseryId, LocalDate day, String outcome) {
        return insert(eventId, alertId, nurseryId, day, outcome).replaceWithVoid();
    }

    Uni<Void> record(long eventId, String channel, String outcome) {
        return pool.preparedQuery("update vacancy_alert_delivery set channel = $2, outcome = $3, recorded_at = $4 "
                        + "where outbox_event_id = $1")
                .execute(Tuple.of(eventId, channel, outcome, now())).replaceWithVoid();
    }

    /** The send failed and will be retried: the day's message is free again. */
    Uni<Void> release(long eventId) {
        return pool.preparedQuery("delete from vacancy_alert_delivery where outbox_event_id = $1 and outcome = 'SENDING'")
                .execute(Tuple.of(eventId)).replaceWithVoid();
    }

    /**
     * Spends one of the alert's WeChat consents; false when none is left or the alert is gone. Committed at once:
     * a consent spent on a message that went out stays spent whatever becomes of the outbox round.
     */
    Uni<Boolean> spendConsent(UUID alertId) {
        return pool.preparedQuery("update vacancy_alert set wechat_consents = wechat_consents - 1 "
                        + "where id = $1 and wechat_consents > 0")
                .execute(Tuple.of(alertId)).map(rows -> rows.rowCount() == 1);
    }

    Uni<Void> returnConsent(UUID alertId) {
        return pool.preparedQuery("update vacancy_alert set wechat_consents = wechat_consents + 1 where id = $1")
                .execute(Tuple.of(alertId)).replaceWithVoid();
    }

    /** WeChat says the parent has no consent left for the template: what we counted is void. */
    Uni<Void> clearConsents(UUID alertId) {
        return pool.preparedQuery("update vacancy_alert set wechat_consents = 0 where id = $1")
                .execute(Tuple.of(alertId)).replaceWithVoid();
    }

    /** The service's clock (not the database's), so that the times shown agree with every other time it gives. */
    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private Uni<Boolean> insert(long eventId, UUID alertId, UUID nurseryId, LocalDate day, String outcome) {
        return pool.preparedQuery("insert into vacancy_alert_delivery (outbox_event_id, alert_id, nursery_id, day, outcome, "
                        + "claimed_at, recorded_at) values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing")
                .execute(Tuple.tuple().addLong(eventId).addUUID(alertId).addUUID(nurseryId).addLocalDate(day).addString(outcome)
                        .addOffsetDateTime(now()).addOffsetDateTime("SENDING".equals(outcome) ? null : now()))
                .map(rows -> rows.rowCount() == 1);
    }
}
