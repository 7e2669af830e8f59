package com.tuoyu.directory.nursery;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One change of a filing's status, kept for the public timeline and the audit trail. */
@Entity
@Table(name = "filing_event")
public class FilingEvent {

    @Id
    public UUID id;

    public UUID filingId;

    @Enumerated(EnumType.STRING)
    public FilingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public FilingStatus toStatus;

    public LocalDate occurredOn;

    public String reasons;

    public Instant recordedAt;

    /** The first entry of a filing's history: the application received. */
    public static FilingEvent submitted(Filing filing, Instant recordedAt) {
        return of(filing, null, FilingStatus.SUBMITTED, filing.submittedOn, null, recordedAt);
    }

    /** The entry of a step just taken. */
    public static FilingEvent of(Filing filing, Filing.Step step, Instant recordedAt) {
        return of(filing, step.from(), step.to(), step.on(), step.reasons(), recordedAt);
    }

    private static FilingEvent of(Filing filing, FilingStatus from, FilingStatus to, LocalDate on, String reasons,
                                  Instant recordedAt) {
        FilingEvent event = new FilingEvent();
        event.id = UUID.randomUUID();
        event.filingId = filing.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.occurredOn = on;
        event.reasons = reasons;
        event.recordedAt = recordedAt;
        return event;
    }
}
