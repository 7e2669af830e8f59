package com.tuoyu.directory.nursery;

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

/** The filing (备案) of one nursery with its county-level health commission. */
@Entity
@Table(name = "filing")
public class Filing {

    @Id
    public UUID id;

    @Column(name = "nursery_id")
    public UUID nurseryId;

    @Enumerated(EnumType.STRING)
    public FilingStatus status;

    @Column(name = "filing_number")
    public String filingNumber;

    /** The filing authority, e.g. 南昌市东湖区卫生健康委员会. */
    public String authority;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    /** The day the review clock started: the submission, or the latest resubmission after a return. */
    @Column(name = "review_started_on")
    public LocalDate reviewStartedOn;

    /** Receipt date when filed; decision date when returned, revoked or closed. */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** Public reasons for a return, revocation or closure. */
    @Column(name = "decision_reasons")
    public String decisionReasons;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
