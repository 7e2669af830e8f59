package com.tuoyu.directory.fees;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.DisclosureImportPart;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import com.tuoyu.directory.fees.dto.GuidePriceImport;
import com.tuoyu.directory.fees.dto.PublicFees;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.tuoyu.directory.disclosure.dto.DisclosureImport.rowId;

/** Fees as other features read them (the public page, the search projection) and as a register brings them in. */
@ApplicationScoped
@RequiredArgsConstructor
public class FeeService implements DisclosureImportPart {

    private final FeeRepository fees;
    private final OneOffFeeRepository oneOffFees;
    private final GuidePriceRepository guidePrices;

    @Override
    public Uni<Void> importPart(UUID nurseryId, DisclosureImport source) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < source.fees().size(); i++) {
            DisclosureImport.FeeRow row = source.fees().get(i);
            Fee fee = new Fee();
            fee.id = rowId(nurseryId, "fee", i);
            fee.nurseryId = nurseryId;
            fee.careType = row.careType();
            fee.ageGroup = row.ageGroup();
            fee.amountYuan = row.amountYuan();
            fee.mealFeeYuan = row.mealFeeYuan();
            fee.effectiveFrom = row.effectiveFrom();
            rows.add(fee);
        }
        for (int i = 0; i < source.oneOffFees().size(); i++) {
            DisclosureImport.OneOffFeeRow row = source.oneOffFees().get(i);
            OneOffFee fee = new OneOffFee();
            fee.id = rowId(nurseryId, "one-off-fee", i);
            fee.nurseryId = nurseryId;
            fee.name = row.name();
            fee.amountYuan = row.amountYuan();
            fee.effectiveFrom = row.effectiveFrom();
            rows.add(fee);
        }
        return fees.getSession().chain(session -> session.persistAll(rows.toArray()));
    }

    /** Guide prices as taken in from an existing register; ids derive from what they price, so a re-run is idempotent. */
    @WithTransaction
    public Uni<Void> importGuidePrices(List<GuidePriceImport> prices) {
        List<GuidePrice> rows = new ArrayList<>();
        for (GuidePriceImport source : prices) {
            GuidePrice price = new GuidePrice();
            price.id = UUID.nameUUIDFromBytes(("guide-price:" + source.divisionCode() + ":" + source.careType() + ":"
                    + source.ageGroup() + ":" + source.effectiveFrom()).getBytes(StandardCharsets.UTF_8));
            price.divisionCode = source.divisionCode();
            price.careType = source.careType();
            price.ageGroup = source.ageGroup();
            price.amountYuan = source.amountYuan();
            price.effectiveFrom = source.effectiveFrom();
            rows.add(price);
        }
        return guidePrices.persist(rows);
    }

    /** The public fee schedule of a nursery, judged against the guide prices of its county. */
    @WithSession
    public Uni<PublicFees> publicFees(UUID nurseryId, String divisionCode, LocalDate today) {
        return fees.listForNursery(nurseryId).chain(feeRows -> oneOffFees.listForNursery(nurseryId)
                .chain(oneOffRows -> guidePrices.listForDivision(divisionCode)
                        .map(guideRows -> PublicFeeSchedule.of(feeRows, oneOffRows, guideRows, today))));
    }

    /** The fee in force on {@code day} per care type and group of each nursery asked for, for the search projection. */
    @WithSession
    public Uni<Map<UUID, List<DisclosureSummary.FeeInForce>>> feesInForce(Collection<UUID> nurseryIds, LocalDate day) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return fees.list("nurseryId in ?1 and effectiveFrom <= ?2", nurseryIds, day).map(rows -> rows.stream()
                .collect(Collectors.groupingBy(f -> f.nurseryId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> inForce(e.getValue()))));
    }

    /** The latest fee that has started, per care type and group. */
    private static List<DisclosureSummary.FeeInForce> inForce(List<Fee> started) {
        return started.stream()
                .collect(Collectors.toMap(f -> f.careType + ":" + f.ageGroup, Function.identity(),
                        (a, b) -> a.effectiveFrom.isAfter(b.effectiveFrom) ? a : b))
                .values().stream()
                .sorted(Comparator.comparing((Fee f) -> f.careType).thenComparing(f -> f.ageGroup))
                .map(f -> new DisclosureSummary.FeeInForce(f.careType, f.ageGroup, f.amountYuan, f.mealFeeYuan, f.effectiveFrom))
                .toList();
    }

    /** Nurseries with a fee that takes effect within [from, to]: what they show changes on that day. */
    @WithSession
    public Uni<List<UUID>> nurseriesWithFeesTakingEffect(LocalDate from, LocalDate to) {
        return fees.getSession().chain(session -> session.createSelectionQuery(
                        "select distinct f.nurseryId from Fee f where f.effectiveFrom between ?1 and ?2", UUID.class)
                .setParameter(1, from).setParameter(2, to).getResultList());
    }
}
