package com.tuoyu.directory.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of a visit request's history, as both sides see it. */
@Entity
@Table(name = "visit_request_event")
public class VisitRequestEvent {

    @Id
    public UUID id;

    public UUID requestId;

    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public VisitAction.Side actor;

    @Enumerated(EnumType.STRING)
    public VisitAction action;

    @Enumerated(EnumType.STRING)
    public VisitStatus status;

    public Instant visitAt;

    public String note;
}
