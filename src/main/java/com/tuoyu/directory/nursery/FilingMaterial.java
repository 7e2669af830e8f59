package com.tuoyu.directory.nursery;

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

    public UUID filingId;

    @Enumerated(EnumType.STRING)
    public MaterialKind kind;

    /** The certificate's or licence's own number, when it has one. */
    public String documentNumber;

    public LocalDate issuedOn;

    public LocalDate validUntil;

    public String storageKey;

    public String contentType;

    public int sizeBytes;

    public String sha256;

    public Instant uploadedAt;

    public String uploadedBy;
}
