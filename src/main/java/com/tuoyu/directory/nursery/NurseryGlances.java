package com.tuoyu.directory.nursery;

import com.tuoyu.directory.nursery.dto.NurseryGlance;
import com.tuoyu.directory.platform.text.PublicTerm;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Nurseries at a glance for staff lists: one query for a whole page, filed or not. */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryGlances {

    private final NurseryRepository nurseries;

    /** By id; unknown ids are left out. */
    @WithSession
    public Uni<Map<UUID, NurseryGlance>> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return nurseries.getSession().chain(session -> session.createSelectionQuery(
                        "select n.id, n.name, n.divisionCode, f.status, f.filingNumber, f.decidedOn "
                                + "from Nursery n left join Filing f on f.nurseryId = n.id where n.id in (:ids)", Object[].class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().map(NurseryGlances::glance)
                        .collect(Collectors.toMap(NurseryGlance::id, Function.identity(), (a, b) -> a)));
    }

    private static NurseryGlance glance(Object[] row) {
        FilingStatus status = (FilingStatus) row[3];
        return new NurseryGlance((UUID) row[0], (String) row[1], (String) row[2],
                status == null ? null : status.term(), (String) row[4],
                status == FilingStatus.FILED ? (java.time.LocalDate) row[5] : null);
    }
}
