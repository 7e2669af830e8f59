package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The record that an outbox event was handed to the notifier, so that a retry never notifies twice. Written on its
 * own connection, committed at once: the outbox worker's transaction is rolled back when any message of its batch
 * fails, and a parent already notified must stay recorded as such.
 *
 * <p>A claim is taken before sending and released when the send fails (the outbox retries it); a claim found still
 * open means a process died while sending, with no way to know whether WeChat got the message: it is not sent again
 * (a subscribe message also spends one of the parent's subscriptions).
 */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationDeliveries {

    private final Pool pool;

    /** True when this call claimed the event; false when it was claimed before (delivered, or in doubt). */
    Uni<Boolean> claim(long eventId, String complaintId) {
        return pool.preparedQuery("insert into complaint_notification (outbox_event_id, complaint_id, outcome, claimed_at) "
                        + "values ($1, $2, 'SENDING', now()) on conflict do nothing")
                .execute(Tuple.of(eventId, parse(complaintId)))
                .map(rows -> rows.rowCount() == 1);
    }

    /** An earlier claim left open (the process died while sending) becomes UNCERTAIN; nothing is sent again. */
    Uni<Void> markUncertain(long eventId) {
        return pool.preparedQuery("update complaint_notification set outcome = 'UNCERTAIN', recorded_at = now() "
                        + "where outbox_event_id = $1 and outcome = 'SENDING'")
                .execute(Tuple.of(eventId)).replaceWithVoid();
    }

    Uni<Void> record(long eventId, NotificationOutcome outcome) {
        return pool.preparedQuery("update complaint_notification set outcome = $2, recorded_at = now() where outbox_event_id = $1")
                .execute(Tuple.of(eventId, outcome.name())).replaceWithVoid();
    }

    Uni<Void> release(long eventId) {
        return pool.preparedQuery("delete from complaint_notification where outbox_event_id = $1 and outcome = 'SENDING'")
                .execute(Tuple.of(eventId)).replaceWithVoid();
    }

    private static UUID parse(String complaintId) {
        try {
            return complaintId == null ? null : UUID.fromString(complaintId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
