package com.tuoyu.directory.supervision;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** 质量评估: a periodic quality grade. */
@Entity
@Table(name = "quality_assessment")
public class QualityAssessment {

    @Id
    public UUID id;

    @Column(name = "nursery_id")
    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    public QualityGrade grade;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;
}
