package com.tuoyu.directory.complaint;

import io.smallrye.mutiny.Uni;

/**
 * Tells a parent their complaint moved on. Chosen by {@code nursery.complaints.notifier} ({@link ParentNotifiers}).
 * A failed Uni means "try again later" (the outbox retries); an outcome is final. {@link ComplaintNotifications}
 * makes sure one outbox event is handed over at most once.
 */
public interface ParentNotifier {

    Uni<NotificationOutcome> notify(Notification notification);

    /** One notification: the outbox event's id (stable across retries), the complaint and what happened to it. */
    record Notification(long deliveryId, String complaintId, ComplaintNotifications.Payload payload) {
    }
}
