package com.tuoyu.directory.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    @Id
    public UUID id;

    public UUID complaintId;

    public Instant occurredAt;

    public String actorRole;

    public String actorId;

    public String action;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus toStatus;

    public String publicText;

    public String internalText;

    public boolean visibleToParent;
}
