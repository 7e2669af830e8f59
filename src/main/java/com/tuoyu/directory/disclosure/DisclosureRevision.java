package com.tuoyu.directory.disclosure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One revision of one disclosure section of a nursery: never changed once written (the table is append-only). */
@Entity
@Table(name = "disclosure_revision")
public class DisclosureRevision {

    @Id
    public UUID id;

    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    public DisclosureSection section;

    /** 1 for a section's first revision, then one more per change. */
    public int revision;

    /** The section's full content after the change, as JSON. */
    public String content;

    @Enumerated(EnumType.STRING)
    public RevisionSource source;

    /** The date the facts hold on. */
    public LocalDate asOf;

    public String recordedBy;

    public String recordedRole;

    public Instant recordedAt;

    public String note;

    /** Flags computed when recorded, as a JSON array. */
    public String flags;
}
