package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.dto.DisclosedFacts;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.nursery.dto.ListedSummary;
import com.tuoyu.directory.nursery.dto.NurseryState;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The nurseries a staff member works on: one outside the caller's districts is answered as unknown (404), so a
 * district's staff cannot learn what exists elsewhere. A nursery's own staff (NURSERY) reach that nursery only. Used by the features that keep records about nurseries.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseriesInScope {

    private final NurseryService nurseries;

    /** The nursery if its filing is in force and it lies in the caller's districts, else a not-found problem. */
    @WithSession
    public Uni<ListedNursery> listed(Caller caller, UUID id) {
        return nurseries.findListed(id).chain(n -> n != null && (caller.covers(n.divisionCode()) || caller.actsFor(id))
                ? Uni.createFrom().item(n)
                : Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有已备案的托育机构 " + id + "。",
                        "There is no filed nursery " + id + " in your districts.")));
    }

    /** The disclosed facts of a nursery in the caller's districts, filed or not, else a not-found problem. */
    @WithSession
    public Uni<DisclosedFacts> disclosedFacts(Caller caller, UUID id) {
        return nurseries.disclosedFacts(id).chain(n -> inScope(caller, id, n));
    }

    /** As {@link #disclosedFacts}, with the nursery's row locked for the rest of the transaction. */
    public Uni<DisclosedFacts> lockDisclosedFacts(Caller caller, UUID id) {
        return nurseries.lockDisclosedFacts(id).chain(n -> inScope(caller, id, n));
    }

    /**
     * The nurseries whose filing is in force in a division (a province or city includes what lies inside it), in
     * the order of their ids' text, which is also PostgreSQL's uuid order.
     */
    @WithSession
    public Uni<List<ListedNursery>> listedIn(String division) {
        return nurseries.idsIn(Caller.codePrefix(division)).chain(nurseries::states).map(states -> states.stream()
                .map(NurseryState::listed)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(n -> n.id().toString()))
                .toList());
    }

    /**
     * The same nurseries as {@link #listedIn}, in the same order, with only what figures over many of them need: one
     * statement, whatever the division's size.
     */
    @WithSession
    public Uni<List<ListedSummary>> summariesIn(String division) {
        return nurseries.listedSummaries(Caller.codePrefix(division));
    }

    private static Uni<DisclosedFacts> inScope(Caller caller, UUID id, DisclosedFacts n) {
        return n != null && (caller.covers(n.divisionCode()) || caller.actsFor(id))
                ? Uni.createFrom().item(n)
                : Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有托育机构 " + id + "。",
                        "There is no nursery " + id + " in your districts."));
    }
}
