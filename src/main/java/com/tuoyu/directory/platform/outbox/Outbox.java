package com.tuoyu.directory.platform.outbox;

import lombok.RequiredArgsConstructor;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Announces a change for later delivery, inside the caller's transaction: both commit or neither does. */
@ApplicationScoped
@RequiredArgsConstructor
public class Outbox {

    private final OutboxRepository events;
    private final Clock clock;

    /** Must run inside the transaction that makes the change. */
    public Uni<Void> enqueue(String topic, String aggregateId, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.topic = topic;
        event.aggregateId = aggregateId;
        event.payload = payload;
        event.createdAt = clock.instant();
        event.nextAttemptAt = event.createdAt;
        AnnouncementsAfterAnswer.note(topic, aggregateId);
        return events.persist(event).replaceWithVoid();
    }
}
