package com.tuoyu.directory.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.complaint.dto.AdminContact;
import com.tuoyu.directory.complaint.dto.AdminContactAccess;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.audit.AuditTrail;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Revealing a reporter's full number, under control: a reason from {@link RevealReason} plus a sentence, audited;
 * refused once the complaint is closed (resolved or not accepted) unless a supervisor has re-opened access with a
 * reason; and the reveal that takes a person past the daily threshold alerts the county's supervisors through the
 * outbox ({@link ContactRevealAlerts}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ContactReveals {

    static final String REVEALED = "COMPLAINT_CONTACT_REVEALED";
    static final String ACCESS_REOPENED = "COMPLAINT_CONTACT_ACCESS_REOPENED";
    public static final String ALERT_TOPIC = "complaint.contact-reveal-alert";

    /** What the outbox carries to the alert's delivery: ids, a county and counts; no phone number, no name. */
    public record AlertPayload(String handlerId, String divisionCode, LocalDate day, long reveals, int threshold) {
    }

    private final ComplaintRepository complaints;
    private final ComplaintContactAccessRepository access;
    private final AuditLog audit;
    private final AuditTrail trail;
    private final Outbox outbox;
    private final ContactRevealConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    @WithTransaction
    public Uni<AdminContact> reveal(Caller handler, UUID id, RevealReason reason, String text) {
        Instant now = clock.instant();
        return inScope(handler, id).chain(complaint -> mayReveal(complaint, now).chain(() -> audit.record(handler,
                        REVEALED, "complaint", complaint.id.toString(), null, reason.name(), reason.label() + "：" + text.strip()))
                .chain(() -> alertIfPastThreshold(handler, complaint, now))
                .replaceWith(new AdminContact(complaint.contactPhone)));
    }

    /** A supervisor lets handlers reveal a closed complaint's number again, for {@code reopened-for}. */
    @WithTransaction
    public Uni<AdminContactAccess> reopen(Caller supervisor, UUID id, String reason) {
        Instant now = clock.instant();
        return inScope(supervisor, id).chain(complaint -> {
            if (complaint.status.open()) {
                return Uni.createFrom().failure(ProblemException.conflict("投诉尚未办结，处理人员可直接查看号码，无需重新开放。",
                        "The complaint is not closed: handlers may reveal the number without a re-opening."));
            }
            ComplaintContactAccess grant = new ComplaintContactAccess();
            grant.id = UUID.randomUUID();
            grant.complaintId = complaint.id;
            grant.grantedBy = supervisor.id();
            grant.reason = reason.strip();
            grant.grantedAt = now;
            grant.expiresAt = now.plus(config.reopenedFor());
            return access.persist(grant).call(() -> audit.record(supervisor, ACCESS_REOPENED, "complaint",
                            complaint.id.toString(), complaint.status.name(), "until " + grant.expiresAt, grant.reason))
                    .map(saved -> new AdminContactAccess(complaint.id.toString(), saved.grantedAt, saved.expiresAt, saved.reason));
        });
    }

    private Uni<Void> mayReveal(Complaint complaint, Instant now) {
        if (complaint.status.open()) {
            return Uni.createFrom().voidItem();
        }
        return access.openAt(complaint.id, now).chain(open -> open ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.conflict(
                "投诉已" + complaint.status.label() + "，不能再查看投诉人号码；确有需要，请主管说明理由后重新开放查看。",
                "The complaint is closed (" + complaint.status.text().en() + "): its reporter's number can no longer be "
                        + "revealed unless a supervisor re-opens access with a reason.")));
    }

    /** The reveal that takes the person's count for the day past the threshold queues one alert (not every one after). */
    private Uni<Void> alertIfPastThreshold(Caller handler, Complaint complaint, Instant now) {
        LocalDate day = now.atZone(WorkingDayCalendar.CHINA).toLocalDate();
        Instant since = day.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        return trail.countSinceInTurn(handler.id(), REVEALED, since).chain(count -> {
            if (count != config.dailyThreshold() + 1L) {
                return Uni.createFrom().voidItem();
            }
            try {
                return outbox.enqueue(ALERT_TOPIC, handler.id(), json.writeValueAsString(
                        new AlertPayload(handler.id(), complaint.divisionCode, day, count, config.dailyThreshold())));
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
        });
    }

    private Uni<Complaint> inScope(Caller caller, UUID id) {
        return complaints.findById(id).chain(complaint -> complaint != null && caller.covers(complaint.divisionCode)
                ? Uni.createFrom().item(complaint)
                // Out of the caller's districts is indistinguishable from not existing.
                : Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有投诉 " + id + "。", "There is no complaint " + id + " in your districts.")));
    }
}
