package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.statistics.ComplaintOutcomes;
import com.tuoyu.directory.statistics.dto.ComplaintOutcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The complaint figures of the demonstration-city indicators (statistics' {@link ComplaintOutcomes}): one grouped
 * query over the nurseries asked for. Substantiated means what the public disclosure and the risk score count
 * (resolved with a finding that holds, wholly or in part); a rating counts for the period its complaint was resolved in.
 */
@ApplicationScoped
public class ComplaintOutcomesQuery implements ComplaintOutcomes {

    private static final List<String> HOLDING = Arrays.stream(Finding.values()).filter(Finding::substantiated)
            .map(Enum::name).toList();

    @Override
    @WithSession
    public Uni<Map<UUID, ComplaintOutcome>> outcomes(Collection<UUID> nurseryIds, LocalDate from, LocalDate until) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select cast(nursery_id as text),
                               count(*) filter (where finding = any(cast(?2 as text[]))) substantiated,
                               count(rating) ratings,
                               coalesce(sum(rating), 0) rating_sum
                        from complaint
                        where nursery_id = any(cast(cast(?1 as text[]) as uuid[])) and status = 'RESOLVED'
                          and resolved_at >= ?3 and resolved_at < ?4
                        group by nursery_id
                        """, Object[].class)
                .setParameter(1, nurseryIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, HOLDING.toArray(String[]::new))
                .setParameter(3, from.atStartOfDay(WorkingDayCalendar.CHINA).toInstant())
                .setParameter(4, until.atStartOfDay(WorkingDayCalendar.CHINA).toInstant())
                .getResultList())
                .map(rows -> {
                    Map<UUID, ComplaintOutcome> outcomes = new HashMap<>();
                    for (Object[] row : rows) {
                        outcomes.put(UUID.fromString((String) row[0]), new ComplaintOutcome(((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
                    }
                    return outcomes;
                });
    }
}
