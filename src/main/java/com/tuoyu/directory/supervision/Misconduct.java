package com.tuoyu.directory.supervision;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** 不良执业行为: recorded bad practice. */
@Entity
@Table(name = "misconduct")
public class Misconduct {

    @Id
    public UUID id;

    @Column(name = "nursery_id")
    public UUID nurseryId;

    @Column(name = "recorded_on")
    public LocalDate recordedOn;

    public String description;
}
