package com.tuoyu.directory.saved;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One nursery on one parent's saved list. */
@Entity
@Table(name = "saved_nursery")
public class SavedNursery {

    @Id
    public UUID id;

    /** The parent's account id, the access token's subject. */
    public String parentId;

    public UUID nurseryId;

    public Instant savedAt;
}
