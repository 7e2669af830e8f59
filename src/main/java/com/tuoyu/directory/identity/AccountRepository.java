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

    /** A value sealed for its column with its blind index. */
    record Sealed(String value, String index) {
    }

    /**
     * Creates a parent account unless one with the same phone or WeChat identity exists (same blind index), without
     * failing when a concurrent sign-in creates it first; the caller looks the account up afterwards.
     */
    Uni<Void> insertParentIfAbsent(UUID id, Sealed phone, Sealed openid, Sealed unionid, java.time.Instant now) {
        return getSession().chain(session -> session.createNativeQuery(
                        "insert into account (id, kind, roles, divisions, phone_sealed, phone_index, wechat_openid_sealed, "
                                + "wechat_openid_index, wechat_unionid_sealed, wechat_unionid_index, enabled, created_at, "
                                + "updated_at, last_active_at) values (:id, 'PARENT', 'PARENT', '', :phone, :phoneIndex, :openid, "
                                + ":openidIndex, :unionid, :unionidIndex, true, :now, :now, :now) on conflict do nothing")
                .setParameter("id", id)
                .setParameter("phone", phone == null ? null : phone.value())
                .setParameter("phoneIndex", phone == null ? null : phone.index())
                .setParameter("openid", openid == null ? null : openid.value())
                .setParameter("openidIndex", openid == null ? null : openid.index())
                .setParameter("unionid", unionid == null ? null : unionid.value())
                .setParameter("unionidIndex", unionid == null ? null : unionid.index())
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
