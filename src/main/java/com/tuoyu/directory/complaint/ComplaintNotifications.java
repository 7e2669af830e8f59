package com.tuoyu.directory.complaint;

import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.platform.outbox.OutboxHandler;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Delivers status changes from the outbox to the parent's notifier (WeChat subscribe message, or a log). */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintNotifications implements OutboxHandler {

    /**
     * What the outbox carries: no personal data beyond the parent's account id. {@code action} is the handler's
     * action that caused it; {@code occurredAt} when it happened (both absent from events queued by older versions).
     */
    public record Payload(String parentId, String trackingNumber, String status, String action, Instant occurredAt) {
    }

    private static final Logger LOG = Logger.getLogger(ComplaintNotifications.class);

    private final ParentNotifier notifier;
    private final NotificationDeliveries deliveries;
    private final ObjectMapper json;

    @Override
    public String topic() {
        return ComplaintService.STATUS_TOPIC;
    }

    @Override
    public Uni<Void> deliver(List<OutboxMessage> messages) {
        return Multi.createFrom().iterable(messages)
                .onItem().transformToUniAndConcatenate(this::deliverOnce)
                .collect().last().replaceWithVoid();
    }

    /**
     * Hands one event to the notifier unless it was handed over before: claimed first, the outcome recorded after,
     * the claim released when the notifier fails (so the outbox's retry tries again).
     */
    private Uni<Void> deliverOnce(OutboxMessage message) {
        return read(message.payload()).chain(payload -> {
            ParentNotifier.Notification notification = new ParentNotifier.Notification(message.id(),
                    message.aggregateId(), payload);
            return deliveries.claim(message.id(), message.aggregateId()).chain(claimed -> {
                if (!claimed) {
                    LOG.infof("Notification %d was handed over before (or a send was cut off); not sent again", message.id());
                    return deliveries.markUncertain(message.id());
                }
                return notifier.notify(notification)
                        .onFailure().call(() -> deliveries.release(message.id()))
                        .chain(outcome -> deliveries.record(message.id(), outcome));
            });
        });
    }

    private Uni<Payload> read(String payload) {
        try {
            return Uni.createFrom().item(json.readValue(payload, Payload.class));
        } catch (IOException e) {
            return Uni.createFrom().failure(new UncheckedIOException(e));
        }
    }
}
