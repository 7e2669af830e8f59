package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint's history, appended to in the caller's transaction, and the parent's notification of it through the
 * outbox, so that the parent hears about a step exactly when it commits.
 */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintHistory {

    private final ComplaintEventRepository events;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    /**
     * Appends a step that took the complaint from {@code from} to its current status. The parent is notified of the
     * steps they can see unless they took it themselves.
     */
    Uni<Void> record(Complaint complaint, Caller actor, String action, ComplaintStatus from, String publicText,
                     String internalText, boolean visibleToParent) {
        ComplaintEvent event = new ComplaintEvent();
        event.id = UUID.randomUUID();
        event.complaintId = complaint.id;
        event.occurredAt = clock.instant();
        event.actorRole = actor.primaryRole();
        event.actorId = actor.id();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = complaint.status;
        event.publicText = publicText;
        event.internalText = internalText;
        event.visibleToParent = visibleToParent;
        Uni<Void> notify = visibleToParent && !"PARENT".equals(actor.primaryRole())
                ? notification(complaint, action, event.occurredAt)
                        .chain(payload -> outbox.enqueue(ComplaintService.STATUS_TOPIC, complaint.id.toString(), payload))
                : Uni.createFrom().voidItem();
        return events.persist(event).chain(() -> notify);
    }

    private Uni<String> notification(Complaint complaint, String action, Instant at) {
        try {
            return Uni.createFrom().item(json.writeValueAsString(new ComplaintNotifications.Payload(complaint.parentId,
                    complaint.trackingNumber, complaint.status.name(), action, at)));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException(e));
        }
    }
}
