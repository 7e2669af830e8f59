package com.tuoyu.directory.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person revealed more reporters' numbers in a day than the threshold; raised for the county's supervisors. */
@Entity
@Table(name = "contact_reveal_alert")
public class ContactRevealAlert {

    @Id
    public UUID id;

    public String handlerId;

    public String divisionCode;

    /** The China-time day of the reveals. */
    public LocalDate day;

    /** Reveals that day when the threshold was crossed. */
    public int reveals;

    public int threshold;

    public Instant raisedAt;

    /** Supervisors covering the county when the alert was raised (0: nobody to tell, see the log). */
    public int supervisors;
}
