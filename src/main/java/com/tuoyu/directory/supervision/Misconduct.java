package com.tuoyu.directory.supervision;

import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 不良执业行为: recorded bad practice. */
@Entity
@Table(name = "misconduct")
public class Misconduct extends NurseryRecord {

    public LocalDate recordedOn;

    public String description;
}
