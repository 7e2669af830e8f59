package com.tuoyu.directory.fees;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.DisclosureRevisions;
import com.tuoyu.directory.disclosure.DisclosureSection;
import com.tuoyu.directory.fees.dto.AdminInclusiveChange;
import com.tuoyu.directory.fees.dto.AdminInclusiveFlag;
import com.tuoyu.directory.fees.dto.AdminInclusiveStatus;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.DisclosedFacts;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The inclusive mark (普惠): refused while a fee exceeds the county's guide price, recorded as a revision of the
 * nursery's disclosure; and the flags raised when a guide-price cut leaves an inclusive nursery above it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class InclusiveService {

    private final FeeRepository fees;
    private final GuidePriceRepository guidePrices;
    private final DisclosureRevisions revisions;
    private final NurseriesInScope scope;
    private final NurseryService nurseries;
    private final JsonText json;
    private final Clock clock;

    /** The mark as a revision records it. */
    private record InclusiveMark(boolean inclusive) {
    }

    @WithTransaction
    public Uni<AdminInclusiveStatus> setInclusive(Caller caller, UUID id, AdminInclusiveChange change) {
        LocalDate today = LocalDate.now(clock);
        return scope.lockDisclosedFacts(caller, id).chain(n -> excesses(n, today, false).chain(excesses -> {
            if (change.inclusive() && !excesses.isEmpty()) {
                List<FieldText> errors = excesses.stream()
                        .map(e -> new FieldText("fees[" + e.fee().careType() + "," + e.fee().ageGroup() + "]",
                                Text.of(e.describeZh(), e.describe())))
                        .toList();
                return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("普惠托育机构的收费不能超过本地区的普惠指导价："
                        + excesses.stream().map(FeeRules.Excess::describeZh).collect(Collectors.joining("；")) + "。",
                        "An inclusive nursery's fees must be at or below the "
                        + "district guide price (普惠指导价): " + excesses.stream().map(FeeRules.Excess::describe)
                        .collect(Collectors.joining("; ")) + "."), errors));
            }
            return revisions.latest(id, DisclosureSection.INCLUSIVE).chain(current -> {
                if (n.inclusive() == change.inclusive()) {
                    return Uni.createFrom().item(status(n, change.inclusive(), current, excesses, today));
                }
                return nurseries.setInclusive(id, change.inclusive())
                        .chain(() -> revisions.record(caller, id, DisclosureSection.INCLUSIVE, current + 1,
                                new InclusiveMark(change.inclusive()), change.source(), today, change.note(),
                                json.write(new InclusiveMark(n.inclusive())), List.of()))
                        .map(revision -> status(n, change.inclusive(), revision.revision(), excesses, today));
            });
        }));
    }

    private static AdminInclusiveStatus status(DisclosedFacts n, boolean inclusive, int revision,
                                               List<FeeRules.Excess> excesses, LocalDate today) {
        return new AdminInclusiveStatus(n.id(), inclusive, revision, excesses.stream()
                .filter(e -> !e.fee().effectiveFrom().isAfter(today)).map(e -> flag(n, e)).toList());
    }

    private static AdminInclusiveFlag flag(DisclosedFacts n, FeeRules.Excess e) {
        return new AdminInclusiveFlag(n.id(), n.name(), n.divisionCode(), e.fee().careType(), e.fee().ageGroup(),
                e.fee().amountYuan(), e.fee().effectiveFrom(), e.guide().amountYuan(), e.guide().effectiveFrom(), e.since());
    }

    /** The nursery's fees above the guide price: in force today, and (unless {@code inForceOnly}) announced ones. */
    private Uni<List<FeeRules.Excess>> excesses(DisclosedFacts n, LocalDate today, boolean inForceOnly) {
        return fees.listForNursery(n.id()).chain(feeRows -> guidePrices.listForDivision(n.divisionCode()).map(guideRows -> {
            List<FeeRules.Price> feePrices = feeRows.stream().map(Fee::price).toList();
            List<FeeRules.Price> guides = guideRows.stream().map(GuidePrice::price).toList();
            return inForceOnly ? FeeRules.feesInForceAboveGuide(feePrices, guides, today)
                    : FeeRules.feesAboveGuide(feePrices, guides, today);
        }));
    }

    /**
     * Inclusive nurseries in the caller's districts charging more than the guide price in force today: after a
     * guide-price cut (also one announced earlier that took effect since), for an officer to resolve. Computed from
     * the current fees and guide prices, so a flag clears as soon as the fee is lowered or the mark withdrawn.
     */
    @WithSession
    public Uni<List<AdminInclusiveFlag>> inclusiveFlags(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        return nurseries.inclusiveFiled().chain(all -> {
            List<DisclosedFacts> inScope = all.stream().filter(n -> caller.covers(n.divisionCode())).toList();
            if (inScope.isEmpty()) {
                return Uni.createFrom().item(List.<AdminInclusiveFlag>of());
            }
            List<UUID> ids = inScope.stream().map(DisclosedFacts::id).toList();
            Set<String> codes = inScope.stream().map(DisclosedFacts::divisionCode).collect(Collectors.toSet());
            return fees.list("nurseryId in ?1 and effectiveFrom <= ?2", ids, today)
                    .chain(feeRows -> guidePrices.list("divisionCode in ?1 and effectiveFrom <= ?2", codes, today)
                            .map(guideRows -> {
                                Map<UUID, List<FeeRules.Price>> feesBy = feeRows.stream().collect(Collectors.groupingBy(
                                        f -> f.nurseryId, Collectors.mapping(Fee::price, Collectors.toList())));
                                Map<String, List<FeeRules.Price>> guidesBy = guideRows.stream().collect(Collectors.groupingBy(
                                        g -> g.divisionCode, Collectors.mapping(GuidePrice::price, Collectors.toList())));
                                List<AdminInclusiveFlag> flags = new ArrayList<>();
                                for (DisclosedFacts n : inScope) {
                                    FeeRules.feesInForceAboveGuide(feesBy.getOrDefault(n.id(), List.of()),
                                                    guidesBy.getOrDefault(n.divisionCode(), List.of()), today)
                                            .forEach(e -> flags.add(flag(n, e)));
                                }
                                flags.sort(Comparator.comparing(AdminInclusiveFlag::since).reversed()
                                        .thenComparing(AdminInclusiveFlag::nurseryName)
                                        .thenComparing(AdminInclusiveFlag::careType).thenComparing(AdminInclusiveFlag::ageGroup));
                                return flags;
                            }));
        });
    }
}
