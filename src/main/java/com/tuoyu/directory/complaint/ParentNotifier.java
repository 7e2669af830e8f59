package com.tuoyu.directory.complaint;

import io.smallrye.mutiny.Uni;

/**
 * Tells a parent their complaint moved on. {@code deliveryId} is unique per notification and stable across
 * retries, so a provider that supports it can drop duplicates.
 */
public interface ParentNotifier {

    Uni<Void> notify(long deliveryId, ComplaintNotifications.Payload notification);
}
