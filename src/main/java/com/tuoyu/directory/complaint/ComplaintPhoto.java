package com.tuoyu.directory.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "complaint_photo")
public class ComplaintPhoto {

    @Id
    public UUID id;

    public UUID complaintId;

    public String storageKey;

    public String contentType;

    public int sizeBytes;

    public String sha256;

    public short position;
}
