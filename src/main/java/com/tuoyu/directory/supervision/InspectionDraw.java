package com.tuoyu.directory.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A random inspection draw (双随机): the seed and the inputs exactly as drawn from (candidates with their weights in
 * nursery-id order, the roster in inspector-id order), stored as JSON, and the picks.
 */
@Entity
@Table(name = "inspection_draw")
public class InspectionDraw {

    @Id
    public UUID id;

    public String divisionCode;

    public Instant drawnAt;

    public LocalDate drawnOn;

    public String drawnBy;

    public long seed;

    public int requestedCount;

    public int inspectorsPerNursery;

    /** JSON array of {nurseryId, name, weight}. */
    public String candidates;

    /** JSON array of inspector ids. */
    public String roster;

    /** JSON array of {nurseryId, inspectorIds}. */
    public String picks;
}
