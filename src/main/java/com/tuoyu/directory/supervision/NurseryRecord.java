package com.tuoyu.directory.supervision;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** What every supervision record has: its own id and the nursery it is about. */
@MappedSuperclass
public abstract class NurseryRecord {

    @Id
    public UUID id;

    public UUID nurseryId;
}
