package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A parent's complaint. Its transitions are decided here ({@link HandlerAction}, {@link ParentAction}): services load
 * a complaint, ask it to take an action, and persist what it became or report why it refused.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    public UUID id;

    public String trackingNumber;

    /** The parent's account id; never shown to anyone but the parent and handlers. */
    public String parentId;

    public UUID nurseryId;

    public String facilityName;

    public String facilityAddress;

    public String divisionCode;

    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;

    public boolean urgent;

    public String description;

    public LocalDate incidentDate;

    @jakarta.persistence.Convert(converter = com.tuoyu.directory.platform.crypto.SealedText.class)
    @jakarta.persistence.Column(name = "contact_phone_sealed")
    public String contactPhone;

    /** The parent's separate consent to sensitive personal information (a child's health, injury or safety). */
    public Instant sensitiveConsentAt;

    /** The reporter's contact data was removed under the retention schedule at. */
    public Instant contactPurgedAt;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    public String assignee;

    @Enumerated(EnumType.STRING)
    public Finding finding;

    public UUID linkedInspectionId;

    public UUID linkedPenaltyId;

    public Instant submittedAt;

    public Instant acceptDueAt;

    public Instant resolveDueAt;

    /** The next deadline: acceptance while submitted, resolution afterwards. */
    public Instant dueAt;

    public boolean deadlinesProvisional;

    public Instant acceptedAt;

    public Instant resolvedAt;

    public Short rating;

    public String ratingComment;

    public int reopenCount;

    public Instant updatedAt;

    /** When the parent last answered a request for information that no handler has opened since; else null. */
    public Instant newInformationAt;

    @Version
    public long version;

    /**
     * A handler's or supervisor's action at {@code now}: when {@link HandlerAction#from} allows it, moves the
     * complaint and records what the action decides. A refusal changes nothing.
     */
    public ComplaintTransition handle(HandlerAction action, boolean bySupervisor, HandlerAction.Details details,
                                      Instant now) {
        ComplaintTransition transition = action.from(status, bySupervisor);
        if (transition instanceof ComplaintTransition.Moved moved) {
            switch (action) {
                case ACCEPT -> {
                    acceptedAt = now;
                    dueAt = resolveDueAt;
                }
                case REJECT -> dueAt = now;
                case ASSIGN -> assignee = details.assignee();
                case RESOLVE -> {
                    finding = details.finding();
                    linkedInspectionId = details.inspectionId();
                    linkedPenaltyId = details.penaltyId();
                    resolvedAt = now;
                }
                default -> {
                }
            }
            move(moved, now);
        }
        return transition;
    }

    /** The parent answers the handler's question; the complaint goes back to the handler. */
    public ComplaintTransition provideInformation(Instant now) {
        ComplaintTransition transition = ParentAction.PROVIDE_INFO.from(status);
        if (transition instanceof ComplaintTransition.Moved moved) {
            newInformationAt = now;
            move(moved, now);
        }
        return transition;
    }

    /** The parent rates the outcome, 1 to 5, once per resolution. */
    public ComplaintTransition rate(int score, String comment, Instant now) {
        ComplaintTransition transition = ParentAction.RATE.from(status);
        if (transition instanceof ComplaintTransition.Moved && rating != null) {
            transition = ComplaintTransition.refused(ComplaintTransition.Refusal.ALREADY_RATED,
                    Text.of("这次办理结果已经评价过；每次办结只能评价一次。",
                            "This resolution was already rated; a complaint is rated once per resolution."));
        }
        if (transition instanceof ComplaintTransition.Moved moved) {
            rating = (short) score;
            ratingComment = comment;
            move(moved, now);
        }
        return transition;
    }

    /**
     * The parent reopens the resolved complaint: once, and within {@code reopenDays} of the resolution. Its finding
     * is cleared, and it is due for resolution again at {@code resolveDue}.
     */
    public ComplaintTransition reopen(Instant now, int reopenDays, Instant resolveDue) {
        ComplaintTransition transition = ParentAction.REOPEN.from(status);
        if (transition instanceof ComplaintTransition.Moved && !reopenable(now, reopenDays)) {
            transition = reopenCount > 0
                    ? ComplaintTransition.refused(ComplaintTransition.Refusal.ALREADY_REOPENED,
                            Text.of("这件投诉已经重新打开过一次；请凭受理编号拨打热线。",
                                    "This complaint was already reopened once; call the hotline with its tracking number."))
                    : ComplaintTransition.refused(ComplaintTransition.Refusal.TOO_LATE_TO_REOPEN,
                            Text.of("可重新打开这件投诉的 " + reopenDays + " 天期限已过。",
                                    "The " + reopenDays + " days to reopen this complaint have passed."));
        }
        if (transition instanceof ComplaintTransition.Moved moved) {
            reopenCount++;
            finding = null;
            // The new resolution will be rated afresh; the old rating stays in the history.
            rating = null;
            ratingComment = null;
            resolvedAt = null;
            resolveDueAt = resolveDue;
            dueAt = resolveDue;
            move(moved, now);
        }
        return transition;
    }

    /** Whether the parent may still reopen it at {@code now}: resolved, never reopened, and within the days allowed. */
    public boolean reopenable(Instant now, int reopenDays) {
        return ParentAction.REOPEN.allowedFrom(status) && reopenCount == 0 && resolvedAt != null
                && resolvedAt.plus(Duration.ofDays(reopenDays)).isAfter(now);
    }

    /** A handler opened the complaint: what the parent sent is no longer new. */
    public void opened() {
        newInformationAt = null;
    }

    private void move(ComplaintTransition.Moved moved, Instant now) {
        status = moved.to();
        updatedAt = now;
    }
}
