package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class SmsCodeRepository implements PanacheRepositoryBase<SmsCode, UUID> {

    /** The phone's newest code (by the phone's blind index), locked: only the newest code counts. */
    public Uni<SmsCode> lockNewest(String phoneIndex) {
        return find("phoneIndex = ?1 order by createdAt desc", phoneIndex).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Long> deleteExpiredBefore(Instant cutoff) {
        return delete("expiresAt < ?1", cutoff);
    }
}
