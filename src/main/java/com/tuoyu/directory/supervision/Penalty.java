package com.tuoyu.directory.supervision;

import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 行政处罚: an administrative penalty, public. */
@Entity
@Table(name = "penalty")
public class Penalty extends NurseryRecord {

    public LocalDate decidedOn;

    /** 行政处罚决定书文号. */
    public String decisionNumber;

    public String authority;

    public String violation;

    public String sanction;
}
