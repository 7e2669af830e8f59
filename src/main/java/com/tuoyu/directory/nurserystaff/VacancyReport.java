package com.tuoyu.directory.nurserystaff;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A nursery's statement of its free places per class and care type on a day; never changed afterwards. */
@Entity
@Table(name = "vacancy_report")
public class VacancyReport {

    @Id
    public UUID id;

    public UUID nurseryId;

    public LocalDate reportedOn;

    public Instant reportedAt;

    /** The account that reported. */
    public String reportedBy;

    /** JSON array of lines (age group, care type, places). */
    public String lines;

    public String note;
}
