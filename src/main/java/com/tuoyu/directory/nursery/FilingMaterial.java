package com.tuoyu.directory.nursery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One document filed with a filing application; the file itself is in the object storage. */
@Entity
@Table(name = "filing_material")
public class FilingMaterial {

    @Id
    public UUID id;

    @Column(name = "filing_id")
    public UUID filingId;

    @Enumerated(EnumType.STRING)
    public MaterialKind kind;

    /** The certificate's or licence's own number, when it has one. */
    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public String sha256;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;
}
