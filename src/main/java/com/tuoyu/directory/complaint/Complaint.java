package com.tuoyu.directory.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    public UUID id;

    @Column(name = "tracking_number")
    public String trackingNumber;

    /** The parent's account id; never shown to anyone but the parent and handlers. */
    @Column(name = "parent_id")
    public String parentId;

    @Column(name = "nursery_id")
    public UUID nurseryId;

    @Column(name = "facility_name")
    public String facilityName;

    @Column(name = "facility_address")
    public String facilityAddress;

    @Column(name = "division_code")
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;

    public boolean urgent;

    public String description;

    @Column(name = "incident_date")
    public LocalDate incidentDate;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    public String assignee;

    @Enumerated(EnumType.STRING)
    public Finding finding;

    @Column(name = "linked_inspection_id")
    public UUID linkedInspectionId;

    @Column(name = "linked_penalty_id")
    public UUID linkedPenaltyId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "accept_due_at")
    public Instant acceptDueAt;

    @Column(name = "resolve_due_at")
    public Instant resolveDueAt;

    /** The next deadline: acceptance while submitted, resolution afterwards. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "deadlines_provisional")
    public boolean deadlinesProvisional;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public Short rating;

    @Column(name = "rating_comment")
    public String ratingComment;

    @Column(name = "reopen_count")
    public int reopenCount;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
