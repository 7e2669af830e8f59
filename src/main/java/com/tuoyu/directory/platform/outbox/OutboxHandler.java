package com.tuoyu.directory.platform.outbox;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Delivers the outbox messages of one topic. Delivery must be idempotent: a message may arrive more than once
 * (after a crash between delivery and the worker's commit), and newer state may have been delivered already.
 * A failed Uni leaves every message of the batch for a later retry.
 */
public interface OutboxHandler {

    String topic();

    Uni<Void> deliver(List<OutboxMessage> messages);
}
