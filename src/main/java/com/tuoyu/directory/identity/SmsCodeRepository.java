package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class SmsCodeRepository implements PanacheRepositoryBase<SmsCode, UUID> {

    /** The phone's newest code, locked: only the newest code counts, older ones are superseded. */
    public Uni<SmsCode> lockNewest(String phone) {
        return find("phone = ?1 order by createdAt desc", phone).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Long> deleteExpiredBefore(Instant cutoff) {
        return delete("expiresAt < ?1", cutoff);
    }
}
