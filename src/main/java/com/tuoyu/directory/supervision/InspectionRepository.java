package com.tuoyu.directory.supervision;

import com.tuoyu.directory.disclosure.InspectionKind;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    /** Inspections of one nursery, newest first. */
    public Uni<List<Inspection>> listForNursery(UUID nurseryId) {
        return list("nurseryId = ?1 order by inspectedOn desc, id", nurseryId);
    }

    /**
     * The random inspections (双随机抽查) of these nurseries dated on or after a day, earliest first: one query for all
     * the draws of a public page, each then picking the first visit after its own date.
     */
    public Uni<List<Inspection>> randomOnOrAfter(Collection<UUID> nurseryIds, LocalDate from) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("nurseryId in ?1 and kind = ?2 and inspectedOn >= ?3 order by inspectedOn, id",
                nurseryIds, InspectionKind.RANDOM, from);
    }
}
