package com.tuoyu.directory.supervision;

import com.tuoyu.directory.disclosure.CreditList;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.supervision.dto.SupervisionGlance;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import static com.tuoyu.directory.platform.time.ClockProducer.CHINA;

/** A nursery's latest supervision records, newest first, for the complaint page. */
@ApplicationScoped
@RequiredArgsConstructor
public class SupervisionGlances {

    private static final int LATEST = 10;

    private final InspectionRepository inspections;
    private final PenaltyRepository penalties;
    private final CreditEntryRepository credit;
    private final Clock clock;

    @WithSession
    public Uni<SupervisionGlance> of(UUID nurseryId) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return inspections.listForNursery(nurseryId).chain(i -> penalties.listForNursery(nurseryId)
                .chain(p -> credit.listForNursery(nurseryId).map(c -> new SupervisionGlance(
                        i.stream().sorted(Comparator.comparing((Inspection x) -> x.inspectedOn).reversed()).limit(LATEST)
                                .map(x -> new SupervisionGlance.Inspection(x.id, x.inspectedOn,
                                        x.kind.term(),
                                        x.result.term()))
                                .toList(),
                        p.stream().sorted(Comparator.comparing((Penalty x) -> x.decidedOn).reversed()).limit(LATEST)
                                .map(x -> new SupervisionGlance.Penalty(x.id, x.decidedOn, x.decisionNumber, x.sanction))
                                .toList(),
                        c.stream().anyMatch(e -> e.list == CreditList.BLACK && e.removedOn == null
                                && !e.listedOn.isAfter(today))))));
    }
}
