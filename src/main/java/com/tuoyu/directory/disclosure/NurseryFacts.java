package com.tuoyu.directory.disclosure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The few facts of the nursery register that disclosure maintenance reads and writes: district, name, the inclusive
 * mark and the safety facts (meals, CCTV, security). They live on the {@code nursery} table, which the nursery
 * feature owns and whose service offers no method to change them yet, so this is the one place that touches that
 * table, in plain SQL inside the caller's transaction. Versions and announcements still go through
 * {@code NurseryService.recordPublicChange}. Replace with NurseryService methods when it has them.
 */
@ApplicationScoped
public class NurseryFacts {

    /** What disclosure maintenance needs to know of a nursery. */
    public record Facts(UUID id, String name, String divisionCode, boolean inclusive, boolean mealsProvided,
                        boolean filed) {
    }

    private static final String SELECT = "select cast(n.id as text), n.name, n.division_code, cast(n.inclusive as text), "
            + "cast(n.meals_provided as text), cast(coalesce(f.status = 'FILED', false) as text) "
            + "from nursery n left join filing f on f.nursery_id = n.id ";

    /** The nursery's facts, its row locked until the transaction ends so that changes to it run one at a time; null if unknown. */
    public Uni<Facts> lock(UUID id) {
        return query(SELECT + "where n.id = :id for update of n", id).map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<Facts> find(UUID id) {
        return query(SELECT + "where n.id = :id", id).map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<Facts>> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(SELECT + "where n.id in (:ids)", Object[].class)
                .setParameter("ids", ids).getResultList()).map(NurseryFacts::toFacts);
    }

    /** Inclusive nurseries whose filing is in force. */
    public Uni<List<Facts>> inclusiveFiled() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        SELECT + "where n.inclusive and f.status = 'FILED' order by n.id", Object[].class)
                .getResultList()).map(NurseryFacts::toFacts);
    }

    public Uni<Void> setInclusive(UUID id, boolean inclusive) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update nursery set inclusive = :inclusive where id = :id")
                .setParameter("inclusive", inclusive).setParameter("id", id).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> setSafety(UUID id, boolean mealsProvided, boolean cctvInstalled, Integer cctvRetentionDays,
                               boolean securityOnSite, LocalDate asOf) {
        String retention = cctvRetentionDays == null ? "null" : String.valueOf(cctvRetentionDays.intValue());
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update nursery set meals_provided = :meals, cctv_installed = :cctv, cctv_retention_days = "
                                + retention + ", security_on_site = :security, safety_as_of = :asOf where id = :id")
                .setParameter("meals", mealsProvided).setParameter("cctv", cctvInstalled)
                .setParameter("security", securityOnSite).setParameter("asOf", asOf).setParameter("id", id)
                .executeUpdate()).replaceWithVoid();
    }

    private Uni<List<Facts>> query(String sql, UUID id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("id", id).getResultList()).map(NurseryFacts::toFacts);
    }

    private static List<Facts> toFacts(List<Object[]> rows) {
        return rows.stream().map(r -> new Facts(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                Boolean.parseBoolean((String) r[3]), Boolean.parseBoolean((String) r[4]),
                Boolean.parseBoolean((String) r[5]))).toList();
    }
}
