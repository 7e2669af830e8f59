package com.tuoyu.directory.supervision;

import com.tuoyu.directory.disclosure.QualityGrade;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 质量评估: a periodic quality grade. */
@Entity
@Table(name = "quality_assessment")
public class QualityAssessment extends NurseryRecord {

    @Enumerated(EnumType.STRING)
    public QualityGrade grade;

    public LocalDate assessedOn;
}
