package com.tuoyu.directory.complaint;

import jakarta.persistence.Column;
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

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_id")
    public String actorId;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ComplaintStatus toStatus;

    @Column(name = "public_text")
    public String publicText;

    @Column(name = "internal_text")
    public String internalText;

    @Column(name = "visible_to_parent")
    public boolean visibleToParent;
}
