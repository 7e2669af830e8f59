package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of deleted parent accounts, refused before they expire: a signed JWT stays valid for its lifetime,
 * and a deleted parent's token must not write anything under the account id again (issue #21: no trace of the
 * person remains). Kept as the blind index (keyed SM3-HMAC) of the account id, never the id, and only until the
 * last token issued can have expired. The replica that deletes refuses at once; the others read the table every
 * second ({@code nursery.identity.ended-access-refresh}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class EndedAccess {

    private static final Logger LOG = Logger.getLogger(EndedAccess.class);
    /** Beyond the token's lifetime: the JWT check allows a minute of clock skew. */
    private static final Duration LEEWAY = Duration.ofMinutes(2);

    private final PersonalDataCipher cipher;
    private final IdentityConfig config;
    private final Clock clock;
    /** Blind index of the account id → until when its tokens are refused. */
    private final Map<String, Instant> ended = new ConcurrentHashMap<>();

    /** True when the token's subject is an account whose access was ended. Cheap when none was. */
    boolean refuses(String subject) {
        if (ended.isEmpty() || subject == null) {
            return false;
        }
        Instant until = ended.get(cipher.index(subject));
        return until != null && until.isAfter(clock.instant());
    }

    /** Ends every access token of the account (in its own transaction, before the account's data are forgotten). */
    public Uni<Void> end(UUID accountId) {
        String index = cipher.index(accountId.toString());
        Instant until = clock.instant().plus(config.accessTokenLifespan()).plus(LEEWAY);
        ended.put(index, until);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into ended_access (subject_index, until) values (:index, :until) "
                                + "on conflict (subject_index) do update set until = excluded.until")
                .setParameter("index", index)
                .setParameter("until", until.atOffset(ZoneOffset.UTC))
                .executeUpdate())).replaceWithVoid();
    }

    /** Lets the account's tokens work again (its deletion failed half-way: the parent must be able to retry). */
    public Uni<Void> lift(UUID accountId) {
        String index = cipher.index(accountId.toString());
        ended.remove(index);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "delete from ended_access where subject_index = :index")
                .setParameter("index", index).executeUpdate())).replaceWithVoid();
    }

    /** Reads the other replicas' entries and drops expired ones. */
    @Scheduled(every = "${nursery.identity.ended-access-refresh:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "delete from ended_access where until < :now")
                        .setParameter("now", now.atOffset(ZoneOffset.UTC)).executeUpdate()
                        .chain(() -> session.createNativeQuery("select subject_index, (extract(epoch from until) * 1000)::bigint from ended_access", Object[].class)
                                .getResultList())))
                .invoke(rows -> replace(rows, now))
                .onFailure().invoke(e -> LOG.warnf("Reading ended access tokens failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private void replace(List<Object[]> rows, Instant now) {
        Map<String, Instant> fresh = new HashMap<>();
        for (Object[] row : rows) {
            fresh.put((String) row[0], Instant.ofEpochMilli(((Number) row[1]).longValue()));
        }
        // Gone from the table: expired, or lifted. Kept: an entry this replica added in the last seconds (its insert
        // may not have been committed when the table was read).
        Instant recent = now.plus(config.accessTokenLifespan()).plus(LEEWAY).minusSeconds(5);
        ended.entrySet().removeIf(e -> !fresh.containsKey(e.getKey()) && e.getValue().isBefore(recent));
        ended.putAll(fresh);
    }
}
