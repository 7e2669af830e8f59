package com.tuoyu.directory.supervision;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** 监督检查: an inspection and its public result. Inspectors are not recorded here. */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    public UUID id;

    @Column(name = "nursery_id")
    public UUID nurseryId;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    @Enumerated(EnumType.STRING)
    public InspectionKind kind;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    public String findings;
}
