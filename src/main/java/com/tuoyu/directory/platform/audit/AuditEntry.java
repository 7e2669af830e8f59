package com.tuoyu.directory.platform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of the append-only audit trail (the table refuses updates and deletes). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant occurredAt;

    public String actorRole;

    public String actorId;

    public String action;

    public String subjectType;

    public String subjectId;

    public String beforeState;

    public String afterState;

    public String reason;

    /** The division the subject belongs to when it was written; null for subjects of no division (see V15). */
    public String divisionCode;

    /** The nursery the subject concerns, if any: itself, a complaint about it, one of its supervision records. */
    public UUID nurseryId;
}
