package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.nursery.AgeGroup;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Places, children enrolled and carers of one class type at one nursery. */
@Entity
@Table(name = "capacity")
public class Capacity {

    @Id
    public UUID id;

    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    public AgeGroup ageGroup;

    /** Licensed places (托位). */
    public int slots;

    public int enrolled;

    /** Carers (保育人员) assigned to this group. */
    public int carers;

    /** Classes (班) of this type; null when not reported (imported rows). */
    public Integer classes;

    public LocalDate asOf;
}
