package com.tuoyu.directory.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "complaint_photo")
public class ComplaintPhoto {

    @Id
    public UUID id;

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public String sha256;

    public short position;
}
