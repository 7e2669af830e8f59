package com.tuoyu.directory.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A supervisor re-opened access to a closed complaint's contact number, with a reason, until {@link #expiresAt}. */
@Entity
@Table(name = "complaint_contact_access")
public class ComplaintContactAccess {

    @Id
    public UUID id;

    public UUID complaintId;

    public String grantedBy;

    public String reason;

    public Instant grantedAt;

    public Instant expiresAt;
}
