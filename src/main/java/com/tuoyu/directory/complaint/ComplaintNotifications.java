package com.tuoyu.directory.complaint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.platform.outbox.OutboxHandler;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Delivers status changes from the outbox to the parent's notifier (WeChat subscribe message, or a log). */
@ApplicationScoped
public class ComplaintNotifications implements OutboxHandler {

    /** What the outbox carries: no personal data beyond the parent's account id. */
    public record Payload(String parentId, String trackingNumber, String status) {
    }

    private final ParentNotifier notifier;
    private final ObjectMapper json;

    public ComplaintNotifications(ParentNotifier notifier, ObjectMapper json) {
        this.notifier = notifier;
        this.json = json;
    }

    @Override
    public String topic() {
        return ComplaintService.STATUS_TOPIC;
    }

    @Override
    public Uni<Void> deliver(List<OutboxMessage> messages) {
        return Multi.createFrom().iterable(messages)
                .onItem().transformToUniAndConcatenate(message -> notifier.notify(message.id(), read(message.payload())))
                .collect().last().replaceWithVoid();
    }

    private Payload read(String payload) {
        try {
            return json.readValue(payload, Payload.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
