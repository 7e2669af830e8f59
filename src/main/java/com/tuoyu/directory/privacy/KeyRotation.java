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

    /** Every sealed column (table, column); the features own the tables, this list owns the key rotation. */
    static final List<String[]> SEALED = List.of(
            new String[] {"account", "phone_sealed"},
            new String[] {"account", "wechat_openid_sealed"},
            new String[] {"account", "wechat_unionid_sealed"},
            new String[] {"complaint", "contact_phone_sealed"},
            new String[] {"visit_request", "phone_sealed"});

    private final PersonalDataCipher cipher;

    Uni<AdminKeyRotation> rotate() {
        String current = cipher.keys().currentId();
        Map<String, Integer> counts = new LinkedHashMap<>();
        return Multi.createFrom().iterable(SEALED)
                .onItem().transformToUniAndConcatenate(column -> rotate(column[0], column[1], current, 0)
                        .invoke(count -> counts.put(column[0] + "." + column[1], count)))
                .collect().last()
                .map(ignored -> {
                    LOG.infof("Personal data re-sealed with key %s: %s", current, counts);
                    return new AdminKeyRotation(current, counts);
                });
    }

    private Uni<Integer> rotate(String table, String column, String current, int done) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "select id::text, " + column + " from " + table + " where " + column + " is not null and "
                                        + column + " not like :current limit " + BATCH + " for update skip locked", Object[].class)
                        .setParameter("current", "sm4gcm:" + current + ":%")
                        .getResultList()
                        .chain(rows -> Multi.createFrom().iterable(rows)
                                .onItem().transformToUniAndConcatenate(row -> session.createNativeQuery(
                                                "update " + table + " set " + column + " = :fresh where id = cast(:id as uuid) and "
                                                        + column + " = :old")
                                        .setParameter("fresh", cipher.seal(cipher.open((String) row[1])))
                                        .setParameter("id", row[0])
                                        .setParameter("old", row[1])
                                        .executeUpdate())
                                .collect().asList().map(List::size))))
                .chain(count -> count == 0 ? Uni.createFrom().item(done) : rotate(table, column, current, done + count));
    }
}
