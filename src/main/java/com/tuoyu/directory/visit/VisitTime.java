package com.tuoyu.directory.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A time a nursery offers for visits; withdrawn times stay for the requests that name them. */
@Entity
@Table(name = "visit_time")
public class VisitTime {

    @Id
    public UUID id;

    public UUID nurseryId;

    public Instant startsAt;

    public int minutes;

    public boolean withdrawn;

    public Instant createdAt;
}
