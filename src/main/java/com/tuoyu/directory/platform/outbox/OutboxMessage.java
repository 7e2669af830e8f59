package com.tuoyu.directory.platform.outbox;

/** What a handler receives: the topic, the id of the thing that changed, and an optional JSON payload. */
public record OutboxMessage(long id, String topic, String aggregateId, String payload, int attempts) {
}
