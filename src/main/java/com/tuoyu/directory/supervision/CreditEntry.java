package com.tuoyu.directory.supervision;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An entry on the red or black list (红黑名单), open while removedOn is null. */
@Entity
@Table(name = "credit_entry")
public class CreditEntry {

    @Id
    public UUID id;

    @Column(name = "nursery_id")
    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    public CreditList list;

    @Column(name = "listed_on")
    public LocalDate listedOn;

    @Column(name = "removed_on")
    public LocalDate removedOn;

    public String reason;
}
