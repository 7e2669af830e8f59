package com.tuoyu.directory.disclosure;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A permit or certificate with its validity. */
@Entity
@Table(name = "permit")
public class Permit {

    @Id
    public UUID id;

    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    public PermitKind kind;

    public String number;

    public LocalDate issuedOn;

    /** Null for permits without an expiry date. */
    public LocalDate validUntil;
}
