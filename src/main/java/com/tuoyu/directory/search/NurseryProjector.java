package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.QualityGrade;
import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.nursery.dto.NurseryState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Builds search documents from PostgreSQL, the source of truth, for many nurseries at once. */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryProjector {

    private final NurseryService nurseries;
    private final DisclosureSummaries disclosures;
    private final Clock clock;

    /** Documents for the given nurseries; ids that do not exist are left out. */
    public Uni<List<NurseryDocument>> project(Collection<UUID> ids) {
        LocalDate today = LocalDate.now(clock);
        return nurseries.states(ids).chain(states -> {
            List<UUID> listedIds = states.stream().filter(s -> s.listed() != null).map(NurseryState::id).toList();
            return disclosures.summaries(listedIds, today).map(summaries -> states.stream()
                    .map(state -> state.listed() == null
                            ? NurseryDocument.unlisted(state.id().toString(), state.version())
                            : document(state.listed(), summaries.get(state.id())))
                    .toList());
        });
    }

    static NurseryDocument document(ListedNursery n, NurseryFacts facts) {
        DisclosureSummary summary = facts.disclosure();
        Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
        summary.groups().forEach(g -> groups.add(g.ageGroup()));
        List<String> bands = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            if (band.groups().stream().anyMatch(groups::contains)) {
                bands.add(band.name());
            }
        }

        FeeTable fees = new FeeTable();
        for (DisclosureSummary.FeeInForce fee : summary.fees()) {
            if (!n.careTypes().contains(fee.careType())) {
                continue;
            }
            fees.add(NurseryDocument.feeKey(fee.careType().name(), "ANY"), fee);
            for (AgeBand band : AgeBand.values()) {
                if (band.groups().contains(fee.ageGroup())) {
                    fees.add(NurseryDocument.feeKey(fee.careType().name(), band.name()), fee);
                }
            }
        }

        List<String> vacancyBands = new ArrayList<>();
        Set<AgeGroup> withVacancy = EnumSet.noneOf(AgeGroup.class);
        LocalDate vacancyAsOf = null;
        for (DisclosureSummary.Group group : summary.groups()) {
            if (group.slots() > group.enrolled()) {
                withVacancy.add(group.ageGroup());
            }
            vacancyAsOf = vacancyAsOf == null || group.asOf().isBefore(vacancyAsOf) ? group.asOf() : vacancyAsOf;
        }
        if (!withVacancy.isEmpty()) {
            vacancyBands.add("ANY");
        }
        for (AgeBand band : AgeBand.values()) {
            if (band.groups().stream().anyMatch(withVacancy::contains)) {
                vacancyBands.add(band.name());
            }
        }

        String division = n.divisionCode();
        Map<String, Double> location = new LinkedHashMap<>();
        location.put("lat", n.latitude());
        location.put("lon", n.longitude());
        QualityGrade grade = summary.latestGrade();
        return new NurseryDocument(n.id().toString(), true, n.version(), n.name(), n.operatorName(), n.address(),
                division, divisionPath(division), location, n.registrationType().name(),
                n.operatingModel().name(), n.inclusive(),
                n.careTypes().stream().map(CareType::name).sorted().toList(),
                groups.stream().map(AgeGroup::name).toList(), bands, n.mealsProvided(),
                n.openDays().stream().map(d -> d.name().substring(0, 3)).toList(),
                n.opensAt().getHour() * 60 + n.opensAt().getMinute(),
                n.closesAt().getHour() * 60 + n.closesAt().getMinute(),
                fees.amounts, vacancyBands, vacancyAsOf == null ? null : vacancyAsOf.toString(),
                grade == null ? null : grade.name(), grade == null ? 0 : QualityGrade.values().length - grade.ordinal(),
                n.filing().filedOn() == null ? null : n.filing().filedOn().toString(),
                summary.groups().stream().mapToInt(DisclosureSummary.Group::slots).sum(), n.contactPhone(), null,
                NamePinyin.suffixes(n.name()), NamePinyin.initialSuffixes(n.name()), fees.withMeals, fees.classes,
                fees.counts, summary.groups().isEmpty() ? null : facts.ratioBreaches() == 0,
                day(facts.supervision() == null ? null : facts.supervision().lastInspectedOn()),
                day(facts.supervision() == null ? null : facts.supervision().lastPenaltyOn()),
                day(facts.supervision() == null ? null : facts.supervision().blackListedFrom()));
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The lowest fee per key, with and without meals, the class it belongs to and how many classes have one. A tie
     * names the youngest class (fees arrive ordered by care type, then class).
     */
    private static final class FeeTable {
        final Map<String, Integer> amounts = new TreeMap<>();
        final Map<String, Integer> withMeals = new TreeMap<>();
        final Map<String, String> classes = new TreeMap<>();
        final Map<String, Integer> counts = new TreeMap<>();

        void add(String key, DisclosureSummary.FeeInForce fee) {
            counts.merge(key, 1, Integer::sum);
            Integer lowest = amounts.get(key);
            if (lowest == null || fee.amountYuan() < lowest) {
                amounts.put(key, fee.amountYuan());
                classes.put(key, fee.ageGroup().name());
            }
            int total = fee.amountYuan() + (fee.mealFeeYuan() == null ? 0 : fee.mealFeeYuan());
            Integer lowestTotal = withMeals.get(key);
            if (lowestTotal == null || total < lowestTotal) {
                withMeals.put(key, total);
                classes.put(key + MEALS, fee.ageGroup().name());
            }
        }
    }

    /** The suffix of a fee key under which {@code feeClasses} names the class of the lowest fee with meals. */
    static final String MEALS = "_MEALS";

    /** The province, city and county a division code lies in, itself included (fewer levels for a city or province). */
    static List<String> divisionPath(String division) {
        return java.util.stream.Stream.of(division.substring(0, 2) + "0000", division.substring(0, 4) + "00", division)
                .distinct().toList();
    }
}
