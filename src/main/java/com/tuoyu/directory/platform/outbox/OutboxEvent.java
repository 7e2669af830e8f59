package com.tuoyu.directory.platform.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One announcement waiting to be delivered. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String topic;

    public String aggregateId;

    public String payload;

    public Instant createdAt;

    public int attempts;

    public Instant nextAttemptAt;

    public String lastError;
}
