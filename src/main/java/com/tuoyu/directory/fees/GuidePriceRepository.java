package com.tuoyu.directory.fees;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GuidePriceRepository implements PanacheRepositoryBase<GuidePrice, UUID> {

    /** Every guide price of one division, past, current and scheduled, oldest first per care type and group. */
    public Uni<List<GuidePrice>> listForDivision(String divisionCode) {
        return list("divisionCode = ?1 order by careType, ageGroup, effectiveFrom", divisionCode);
    }
}
