package com.tuoyu.directory.privacy;

import com.tuoyu.directory.alert.VacancyAlertService;
import com.tuoyu.directory.complaint.ComplaintPersonalData;
import com.tuoyu.directory.identity.ParentPrivacy;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.privacy.dto.PersonalDataExport;
import com.tuoyu.directory.saved.SavedNurseryService;
import com.tuoyu.directory.visit.VisitRequests;
import com.tuoyu.directory.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A parent's rights over their personal information (PIPL art. 44-47): a copy of everything held, and deletion.
 * Each feature forgets the parent in its own transaction, the account last: a deletion cut short is finished by
 * asking again (every step is repeatable), and until the account is gone the parent can still sign in and retry.
 */
@ApplicationScoped
@RequiredArgsConstructor
class ParentRights {

    private static final Logger LOG = Logger.getLogger(ParentRights.class);

    private final ParentPrivacy accounts;
    private final ComplaintPersonalData complaints;
    private final SavedNurseryService saved;
    private final VacancyAlertService alerts;
    private final VisitRequests visits;
    private final RetentionConfig retention;
    private final Clock clock;

    /** The caller's account id; a token naming none (this service's tokens always do) answers 404, never a 500. */
    static Uni<UUID> accountOf(Caller parent) {
        try {
            return Uni.createFrom().item(UUID.fromString(parent.id()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Uni.createFrom().failure(ProblemException.notFound("没有这个家长账号。", "There is no such parent account."));
        }
    }

    Uni<PersonalDataExport> export(Caller parent) {
        return accountOf(parent).chain(id -> accounts.held(id)).chain(account -> complaints.heldFor(parent)
                .chain(held -> saved.list(parent.id())
                        .chain(savedList -> alerts.list(parent.id())
                                .chain(alertList -> visits.mine(parent).chain(requests -> visits.sharedPhones(parent)
                                        .map(phones -> new PersonalDataExport(clock.instant().atOffset(ZoneOffset.ofHours(8)),
                                                account, held, savedList, alertList,
                                                requests.stream().map(r -> new PersonalDataExport.VisitHeld(r,
                                                        phones.get(r.id()))).toList(),
                                                RetentionSchedule.rules(retention))))))));
    }

    /** Deletes the parent's account; complaints stay, unlinked. */
    Uni<Void> delete(Caller parent) {
        return accountOf(parent).chain(this::forget);
    }

    /** Also for the retention schedule's deletion of inactive accounts. */
    Uni<Void> forget(UUID accountId) {
        String parentId = accountId.toString();
        return accounts.endAccess(accountId).chain(() -> complaints.forget(parentId)
                .chain(unlinked -> visits.forget(parentId)
                        .chain(() -> saved.forget(parentId))
                        .chain(() -> alerts.forget(parentId))
                        .chain(() -> accounts.delete(accountId))
                        // the account id only: it is gone from every table now
                        .invoke(() -> LOG.infof("A parent account was deleted; %d complaints kept without the link", unlinked)))
                .onFailure().call(() -> accounts.restoreAccess(accountId)));
    }
}
