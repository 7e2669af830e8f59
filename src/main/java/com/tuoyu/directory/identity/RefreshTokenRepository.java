package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    /** Locked, so two refreshes with the same token cannot both rotate it. */
    public Uni<RefreshToken> lockByHash(String hash) {
        return find("tokenHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Integer> revokeFamily(UUID familyId, UUID accountId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and accountId = ?3 and revokedAt is null", now, familyId, accountId);
    }

    /** Revokes the family the token belongs to, whichever of its tokens it is; 0 for an unknown token. */
    public Uni<Integer> revokeFamilyOf(String hash, Instant now) {
        return update("revokedAt = ?1 where revokedAt is null and familyId in "
                + "(select t.familyId from RefreshToken t where t.tokenHash = ?2)", now, hash);
    }

    public Uni<Integer> revokeAccount(UUID accountId, Instant now) {
        return update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", now, accountId);
    }

    public Uni<Long> deleteExpiredBefore(Instant cutoff) {
        return delete("expiresAt < ?1", cutoff);
    }
}
