package com.tuoyu.directory.platform.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A year's holiday arrangement as a supervisor loaded it; it takes precedence over the shipped data file. */
@Entity
@Table(name = "holiday_arrangement")
public class LoadedArrangement {

    @Id
    public Integer year;

    public String source;

    /** The arrangement as JSON, in the format of the data files. */
    public String arrangement;

    public Instant loadedAt;

    public String loadedBy;
}
