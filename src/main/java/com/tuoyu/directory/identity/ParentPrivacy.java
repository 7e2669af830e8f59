package com.tuoyu.directory.identity;

import com.tuoyu.directory.identity.dto.ParentAccountHeld;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.text.Text;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The parent's side of their account for their rights (PIPL art. 44-47) and the retention schedule: what it holds,
 * consent to notifications, deletion, and inactivity. The phone number is changed through {@link ParentLinks#linkPhone}
 * (proven by an SMS code to the new number).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ParentPrivacy {

    private final AccountRepository accounts;
    private final EndedAccess ended;
    private final Clock clock;

    @WithSession
    public Uni<ParentAccountHeld> held(UUID accountId) {
        return parent(accountId).map(a -> new ParentAccountHeld(a.id.toString(), china(a.createdAt), a.phone, a.wechatOpenid,
                a.wechatUnionid, a.noticeVersion, china(a.noticeAcceptedAt), a.notificationsWithdrawnAt == null,
                china(a.notificationsWithdrawnAt), china(a.lastActiveAt)));
    }

    /** Gives or withdraws consent to notifications: while withdrawn, no WeChat message or SMS notice reaches the parent. */
    @WithTransaction
    public Uni<ParentAccountHeld> consentToNotifications(UUID accountId, boolean consent) {
        return accounts.lock(accountId).chain(a -> a == null || a.kind != AccountKind.PARENT ? Uni.createFrom().failure(gone())
                : Uni.createFrom().item(a)).chain(a -> {
            Instant now = clock.instant();
            a.notificationsWithdrawnAt = consent ? null : (a.notificationsWithdrawnAt == null ? now : a.notificationsWithdrawnAt);
            a.updatedAt = now;
            return Uni.createFrom().voidItem();
        }).chain(() -> held(accountId));
    }

    /**
     * First step of a deletion: the account's access tokens are refused from now on, so that nothing is written
     * under its id while the other features forget it. Answers 401 if the account is not a parent's.
     */
    public Uni<Void> endAccess(UUID accountId) {
        return Panache.withSession(() -> parent(accountId)).chain(a -> ended.end(accountId));
    }

    /** The deletion failed after {@link #endAccess}: the parent's tokens work again, so that they can retry. */
    public Uni<Void> restoreAccess(UUID accountId) {
        return ended.lift(accountId);
    }

    /**
     * Deletes the account with its sessions, pending SMS codes and rate-limit counters; its phone number and WeChat ids
     * go with it. The other features forget the parent first ({@code privacy}).
     */
    @WithTransaction
    public Uni<Void> delete(UUID accountId) {
        return parent(accountId).chain(a -> Panache.getSession().chain(session -> session
                        .createNativeQuery("delete from sms_code where phone_index = :index")
                        .setParameter("index", a.phoneIndex == null ? "" : a.phoneIndex).executeUpdate()
                        .chain(() -> session.createNativeQuery("delete from rate_limit where key like :key")
                                .setParameter("key", "sms:phone:%" + (a.phoneIndex == null ? "-none-" : a.phoneIndex)).executeUpdate())
                        .chain(() -> session.createNativeQuery("delete from refresh_token where account_id = :id")
                                .setParameter("id", accountId).executeUpdate())
                        .chain(() -> accounts.delete("id", accountId))))
                .replaceWithVoid();
    }

    /** Parents inactive (no sign-in) since before the cutoff and not yet told: the retention schedule's notice. */
    @WithSession
    public Uni<List<UUID>> inactiveUnnoticed(Instant inactiveBefore) {
        return accounts.list("kind = ?1 and inactivityNoticeAt is null and coalesce(lastActiveAt, createdAt) < ?2",
                AccountKind.PARENT, inactiveBefore).map(found -> found.stream().map(a -> a.id).toList());
    }

    /** Records that the notice of deletion for inactivity went out. */
    @WithTransaction
    public Uni<Void> noticeSent(UUID accountId) {
        return accounts.update("inactivityNoticeAt = ?1 where id = ?2", clock.instant(), accountId).replaceWithVoid();
    }

    /** Parents told at least {@code noticedBefore} ago and still inactive since before the cutoff: to be deleted. */
    @WithSession
    public Uni<List<UUID>> inactiveNoticed(Instant inactiveBefore, Instant noticedBefore) {
        return accounts.list("kind = ?1 and inactivityNoticeAt < ?2 and coalesce(lastActiveAt, createdAt) < ?3",
                AccountKind.PARENT, noticedBefore, inactiveBefore).map(found -> found.stream().map(a -> a.id).toList());
    }

    private Uni<Account> parent(UUID accountId) {
        return accounts.findById(accountId).chain(a -> a == null || a.kind != AccountKind.PARENT
                ? Uni.createFrom().failure(gone()) : Uni.createFrom().item(a));
    }

    private static ProblemException gone() {
        return new ProblemException(ProblemType.UNAUTHORIZED, Text.of("这个访问令牌所属的账号已不存在。",
                "The account of this access token no longer exists."));
    }

    private static OffsetDateTime china(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.ofHours(8));
    }
}
