package com.tuoyu.directory.privacy;

import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import com.tuoyu.directory.privacy.dto.AdminKeyRotation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-seals every sealed column with the current key ({@code nursery.crypto.current-key}), so that an old key can
 * then be removed from the configuration. Batches of {@value #BATCH} rows, each in its own transaction; a row changed
 * meanwhile keeps its newer value (the update compares the old one). Safe to repeat and to run while the service
 * serves: values sealed with any listed key open all along. Blind indexes do not change (the index key is not rotated).
 */
@ApplicationScoped
@RequiredArgsConstructor
class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    static final int BATCH = 500;

    /** A sealed column of a table whose rows the key column names. */
    record Sealed(String table, String column, String key) {
    }

    /** Every sealed column; the features own the tables, this list owns the key rotation. */
    static final List<Sealed> SEALED = List.of(
            new Sealed("account", "phone_sealed", "id"),
            new Sealed("account", "wechat_openid_sealed", "id"),
            new Sealed("account", "wechat_unionid_sealed", "id"),
            new Sealed("complaint", "contact_phone_sealed", "id"),
            new Sealed("visit_request", "phone_sealed", "id"),
            new Sealed("staff_second_factor", "secret", "account_id"));

    private final PersonalDataCipher cipher;

    Uni<AdminKeyRotation> rotate() {
        String current = cipher.keys().currentId();
        Map<String, Integer> counts = new LinkedHashMap<>();
        return Multi.createFrom().iterable(SEALED)
                .onItem().transformToUniAndConcatenate(sealed -> rotate(sealed, current, 0)
                        .invoke(count -> counts.put(sealed.table() + "." + sealed.column(), count)))
                .collect().last()
                .map(ignored -> {
                    LOG.infof("Personal data re-sealed with key %s: %s", current, counts);
                    return new AdminKeyRotation(current, counts);
                });
    }

    private Uni<Integer> rotate(Sealed sealed, String current, int done) {
        String table = sealed.table();
        String column = sealed.column();
        String key = sealed.key();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "select " + key + "::text, " + column + " from " + table + " where " + column + " is not null and "
                                        + column + " not like :current limit " + BATCH + " for update skip locked", Object[].class)
                        .setParameter("current", "sm4gcm:" + current + ":%")
                        .getResultList()
                        .chain(rows -> Multi.createFrom().iterable(rows)
                                .onItem().transformToUniAndConcatenate(row -> session.createNativeQuery(
                                                "update " + table + " set " + column + " = :fresh where " + key + " = cast(:id as uuid) and "
                                                        + column + " = :old")
                                        .setParameter("fresh", cipher.seal(cipher.open((String) row[1])))
                                        .setParameter("id", row[0])
                                        .setParameter("old", row[1])
                                        .executeUpdate())
                                .collect().asList().map(List::size))))
                .chain(count -> count == 0 ? Uni.createFrom().item(done) : rotate(sealed, current, done + count));
    }
}
