package com.tuoyu.directory.supervision;

import com.tuoyu.directory.disclosure.InspectionKind;
import com.tuoyu.directory.disclosure.InspectionResult;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 监督检查: an inspection and its public result. Inspectors are not recorded here. */
@Entity
@Table(name = "inspection")
public class Inspection extends NurseryRecord {

    public LocalDate inspectedOn;

    @Enumerated(EnumType.STRING)
    public InspectionKind kind;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    public String findings;
}
