package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    /** The staff account with this username, locked for the transaction (sign-in counts failures on it). */
    public Uni<Account> lockStaff(String username) {
        return find("kind = ?1 and username = ?2", AccountKind.STAFF, username)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Account> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Creates a parent account unless one with the same phone or WeChat identity exists, without failing when a
     * concurrent sign-in creates it first; the caller looks the account up afterwards.
     */
    public Uni<Void> insertParentIfAbsent(UUID id, String phone, String openid, String unionid, java.time.Instant now) {
        return getSession().chain(session -> session.createNativeQuery(
                        "insert into account (id, kind, roles, divisions, phone, wechat_openid, wechat_unionid, enabled, "
                                + "created_at, updated_at) values (:id, 'PARENT', 'PARENT', '', :phone, :openid, :unionid, true, "
                                + ":now, :now) on conflict do nothing")
                .setParameter("id", id)
                .setParameter("phone", phone)
                .setParameter("openid", openid)
                .setParameter("unionid", unionid)
                .setParameter("now", now)
                .executeUpdate()).replaceWithVoid();
    }

    /** Enabled staff accounts with the ADMIN role, other than {@code except} (may be null). */
    public Uni<Long> countEnabledAdmins(UUID except) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select count(*) from account where kind = 'STAFF' and enabled "
                                + "and (',' || roles || ',') like '%,ADMIN,%' and id <> :except",
                        Long.class)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult());
    }
}
