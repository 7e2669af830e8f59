package com.tuoyu.directory.platform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of the append-only audit trail (the table refuses updates and deletes), a link of its hash chain. */
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

    /** The entry's place in the hash chain (1, 2, ...); null for entries written before the chain began (V20_1). */
    public Long chainSeq;

    /** The previous entry's {@link #entryHash} (64 zeros for the first), hex. */
    public String prevHash;

    /** SM3 over {@link #prevHash} and the entry's canonical content ({@link AuditChain#hash}), hex. */
    public String entryHash;
}
