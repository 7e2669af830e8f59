package com.tuoyu.directory.supervision;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Serious incidents for the demonstration-city indicators (国卫人口发〔2021〕17号: no major violation or safety incident
 * in two years): penalties of the gravest kinds of the Administrative Penalty Law (2021, art. 9 (3)-(6)): a permit
 * revoked (吊销), business suspended or the nursery ordered closed (责令停产停业, 责令关闭, 取缔), staff barred from the
 * trade (限制从业, 禁止从业), detention (拘留). A penalty records its sanction as the decision's text, not as a kind,
 * so the kind is recognised by those words in it; a warning or a fine is not serious.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SeriousIncidents {

    /** PostgreSQL regular expression over the sanction's text. */
    public static final String GRAVEST_SANCTIONS = "吊销|停产停业|责令停业|责令关闭|取缔|限制从业|禁止从业|终身禁|拘留";

    private final PenaltyRepository penalties;

    /**
     * Penalties of the gravest kinds decided from {@code from} (inclusive) to {@code until} (exclusive), per nursery,
     * for many nurseries in one query; a nursery with none is absent.
     */
    @WithSession
    public Uni<Map<UUID, Long>> counts(Collection<UUID> nurseryIds, LocalDate from, LocalDate until) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return penalties.getSession().chain(session -> session.createNativeQuery("""
                        select cast(nursery_id as text), count(*) from penalty
                        where nursery_id = any(cast(cast(?1 as text[]) as uuid[])) and decided_on >= ?2 and decided_on < ?3
                          and sanction ~ ?4
                        group by nursery_id
                        """, Object[].class)
                .setParameter(1, nurseryIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, from).setParameter(3, until).setParameter(4, GRAVEST_SANCTIONS)
                .getResultList())
                .map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put(UUID.fromString((String) row[0]), ((Number) row[1]).longValue());
                    }
                    return counts;
                });
    }
}
