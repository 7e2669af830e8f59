package com.tuoyu.directory.visit;

import com.tuoyu.directory.platform.problem.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A parent's request to visit a nursery at one of the times it offers, and the state machine both sides move. */
@Entity
@Table(name = "visit_request")
public class VisitRequest {

    @Id
    public UUID id;

    public UUID nurseryId;

    public String parentId;

    @Enumerated(EnumType.STRING)
    public VisitStatus status;

    public Instant visitAt;

    public int minutes;

    /** Only when the parent chose to share it for this request. */
    @jakarta.persistence.Convert(converter = com.tuoyu.directory.platform.crypto.SealedText.class)
    @jakarta.persistence.Column(name = "phone_sealed")
    public String phone;

    public Integer childAgeMonths;

    public String message;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Moves the request by one action of one side; an action the state does not allow is a 409 naming both. A
     * proposal carries its new time.
     */
    void apply(VisitAction action, Instant proposedTime, Instant now) {
        VisitStatus next = switch (action) {
            case ACCEPT -> status == VisitStatus.REQUESTED ? VisitStatus.ACCEPTED : null;
            case PROPOSE -> status == VisitStatus.REQUESTED || status == VisitStatus.PROPOSED ? VisitStatus.PROPOSED : null;
            case DECLINE -> status.open() ? VisitStatus.DECLINED : null;
            case ACCEPT_PROPOSAL -> status == VisitStatus.PROPOSED ? VisitStatus.ACCEPTED : null;
            case CANCEL -> status.open() ? VisitStatus.CANCELLED : null;
            case REQUEST -> null;
        };
        if (next == null) {
            throw ProblemException.conflict("参观申请现在是“" + status.label() + "”，不能" + action.label() + "。",
                    "The visit request is " + status + "; " + action + " is not possible now.");
        }
        if (action == VisitAction.PROPOSE) {
            visitAt = proposedTime;
        }
        status = next;
        updatedAt = now;
    }

    /** Open requests count against the parent's limit; an accepted visit stops counting once its time has passed. */
    boolean open(Instant now) {
        return status.open() && (status != VisitStatus.ACCEPTED || visitAt.isAfter(now));
    }
}
