package com.tuoyu.directory.privacy;

import com.tuoyu.directory.complaint.ComplaintPersonalData;
import com.tuoyu.directory.identity.ParentChannels;
import com.tuoyu.directory.identity.ParentPrivacy;
import com.tuoyu.directory.platform.time.ClockProducer;
import com.tuoyu.directory.privacy.dto.AdminRetentionPurge;
import com.tuoyu.directory.privacy.dto.PersonalDataExport;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The retention schedule, applied daily: contact numbers and photos of long-closed complaints, unused parent accounts
 * (notice first, deletion at least {@code inactivity-notice} later, only if still unused). Every step is repeatable,
 * so replicas running it at the same time, or a run cut short, do no harm. The audit trail is never purged here.
 */
@ApplicationScoped
@RequiredArgsConstructor
class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class);
    private static final Period AUDIT_MINIMUM = Period.ofYears(6);

    private final RetentionConfig config;
    private final ComplaintPersonalData complaints;
    private final ParentPrivacy accounts;
    private final ParentChannels channels;
    private final ParentRights rights;
    private final Clock clock;

    /** GB/T 22239 asks audit records be kept; our own rule is six years, and a shorter setting is a mistake. */
    void checkAuditRetention(@Observes StartupEvent event) {
        if (config.audit().toTotalMonths() < AUDIT_MINIMUM.toTotalMonths()) {
            throw new IllegalStateException("nursery.retention.audit must be at least P6Y (audit entries are kept six years)");
        }
    }

    @Scheduled(cron = "{nursery.retention.purge-cron}", timeZone = "Asia/Shanghai", identity = "retention-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return purge().replaceWithVoid();
    }

    Uni<AdminRetentionPurge> purge() {
        Instant now = clock.instant();
        Instant contactCutoff = before(now, config.complaintContact());
        Instant photoCutoff = before(now, config.complaintPhotos());
        Instant deleteCutoff = before(now, config.inactiveAccount());
        Instant noticeCutoff = before(deleteCutoff, config.inactivityNotice().negated());
        Instant noticedBefore = before(now, config.inactivityNotice());
        return complaints.purgeContacts(contactCutoff)
                .chain(contacts -> complaints.purgePhotos(photoCutoff)
                        .chain(photos -> notifyInactive(noticeCutoff)
                                .chain(notices -> deleteInactive(deleteCutoff, noticedBefore)
                                        .map(deleted -> new AdminRetentionPurge(contacts, photos, notices, deleted)))))
                .invoke(done -> LOG.infof("Retention purge: %d contact numbers removed, %d photos deleted, %d inactivity "
                        + "notices, %d accounts deleted", done.contactsRemoved(), done.photosDeleted(), done.noticesSent(),
                        done.accountsDeleted()));
    }

    private Uni<Integer> notifyInactive(Instant inactiveBefore) {
        return accounts.inactiveUnnoticed(inactiveBefore).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> send(id).chain(() -> accounts.noticeSent(id)).replaceWith(id)
                        .onFailure().recoverWithNull())
                .collect().asList().map(List::size));
    }

    /** The notice by SMS when a template is configured; a gateway failure leaves it for the next run. */
    private Uni<Void> send(UUID accountId) {
        if (config.inactivityNoticeSmsTemplate().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return channels.sendSms(accountId.toString(), config.inactivityNoticeSmsTemplate().get(),
                Map.of("days", Integer.toString(config.inactivityNotice().getDays())))
                .replaceWithVoid();
    }

    private Uni<Integer> deleteInactive(Instant inactiveBefore, Instant noticedBefore) {
        return accounts.inactiveNoticed(inactiveBefore, noticedBefore).chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> rights.forget(id).replaceWith(id))
                .collect().asList().map(List::size));
    }

    /** Calendar arithmetic in China's time, so "3 years" means the same date three years on. */
    private static Instant before(Instant instant, Period period) {
        return instant.atZone(ClockProducer.CHINA).minus(period).toInstant();
    }

    /** The schedule in words, for the parent's copy of their data and the privacy notice. */
    static List<PersonalDataExport.RetentionRule> rules(RetentionConfig config) {
        return List.of(
                new PersonalDataExport.RetentionRule("complaint-contact", config.complaintContact() + " after the complaint is closed"),
                new PersonalDataExport.RetentionRule("complaint-photos", config.complaintPhotos()
                        + " after the complaint is closed, unless a penalty relies on them"),
                new PersonalDataExport.RetentionRule("account", "deleted after " + config.inactiveAccount()
                        + " without sign-in, with a notice " + config.inactivityNotice() + " before"),
                new PersonalDataExport.RetentionRule("audit", "at least " + config.audit()));
    }
}
