package com.tuoyu.directory.nurserystaff;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A photo of a nursery's page, checked by content and stripped of metadata before it was stored. */
@Entity
@Table(name = "nursery_photo")
public class NurseryPhoto {

    @Id
    public UUID id;

    public UUID nurseryId;

    public String storageKey;

    public String contentType;

    public int sizeBytes;

    public String sha256;

    public String caption;

    public int position;

    public Instant uploadedAt;

    /** Why an officer hid it; null while it is shown. */
    public String hiddenReason;

    public Instant hiddenAt;
}
