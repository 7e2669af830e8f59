package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.disclosure.dto.PublicCapacity;
import com.tuoyu.directory.disclosure.dto.PublicCapacityGroup;
import com.tuoyu.directory.disclosure.dto.PublicCarerRatio;
import com.tuoyu.directory.disclosure.dto.PublicPermit;
import com.tuoyu.directory.disclosure.dto.PublicPermits;
import com.tuoyu.directory.disclosure.dto.PublicSafety;
import com.tuoyu.directory.disclosure.dto.PublicSections;
import com.tuoyu.directory.disclosure.dto.PublicStaff;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.RegistrationType;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.text.PublicTerm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.tuoyu.directory.disclosure.DisclosureService.MINIMUM_CCTV_RETENTION_DAYS;
import static com.tuoyu.directory.disclosure.DisclosureService.PERMIT_EXPIRY_WARNING_DAYS;
import static com.tuoyu.directory.disclosure.DisclosureService.VACANCY_FRESHNESS_DAYS;

/** The public view of the disclosed sections: vacancies known only while fresh, ratios against the standard. */
final class DisclosedSections {

    private DisclosedSections() {
    }

    static PublicSections of(ListedNursery n, List<Capacity> capacity, Staffing staffing, List<Permit> permits,
                             LocalDate today) {
        return new PublicSections(capacity(capacity, today), staff(capacity, staffing),
                new PublicPermits(today, permits.stream()
                        .sorted(Comparator.comparing((Permit p) -> p.kind).thenComparing(p -> p.issuedOn, Comparator.reverseOrder()))
                        .map(p -> permit(p, today)).toList()),
                missingPermits(n, permits, today), safety(n));
    }

    private static PublicCapacity capacity(List<Capacity> rows, LocalDate today) {
        LocalDate freshSince = today.minusDays(VACANCY_FRESHNESS_DAYS);
        List<PublicCapacityGroup> groups = rows.stream().sorted(Comparator.comparing(c -> c.ageGroup)).map(c -> {
            boolean known = !c.asOf.isBefore(freshSince);
            return new PublicCapacityGroup(c.ageGroup.term(), c.slots, c.enrolled,
                    known ? Math.max(0, c.slots - c.enrolled) : null, known, c.asOf);
        }).toList();
        boolean allKnown = !groups.isEmpty() && groups.stream().allMatch(PublicCapacityGroup::vacanciesKnown);
        LocalDate asOf = rows.stream().map(c -> c.asOf).min(Comparator.naturalOrder()).orElse(null);
        return new PublicCapacity(asOf,
                groups.stream().mapToInt(PublicCapacityGroup::slots).sum(),
                groups.stream().mapToInt(PublicCapacityGroup::enrolled).sum(),
                allKnown ? groups.stream().mapToInt(PublicCapacityGroup::vacancies).sum() : null,
                allKnown, groups);
    }

    private static PublicStaff staff(List<Capacity> rows, Staffing staffing) {
        List<PublicCarerRatio> ratios = rows.stream().sorted(Comparator.comparing(c -> c.ageGroup)).map(c -> {
            AgeGroup group = c.ageGroup;
            Double perCarer = c.carers == 0 ? null : Math.round(c.enrolled * 100.0 / c.carers) / 100.0;
            boolean meets = c.enrolled <= c.carers * group.childrenPerCarer();
            return new PublicCarerRatio(group.term(), c.enrolled, c.carers, perCarer,
                    group.childrenPerCarer(), meets, group.maxClassSize());
        }).toList();
        LocalDate asOf = rows.stream().map(c -> c.asOf).min(Comparator.naturalOrder()).orElse(null);
        if (staffing != null && staffing.asOf != null && (asOf == null || staffing.asOf.isBefore(asOf))) {
            asOf = staffing.asOf;
        }
        return new PublicStaff(asOf, rows.stream().mapToInt(c -> c.carers).sum(),
                staffing == null ? null : staffing.healthStaff,
                staffing == null ? null : staffing.securityStaff,
                staffing == null || staffing.qualifiedShare == null ? null : staffing.qualifiedShare.doubleValue(),
                staffing == null || staffing.healthCertificateShare == null ? null
                        : staffing.healthCertificateShare.doubleValue(),
                ratios.stream().allMatch(PublicCarerRatio::meetsStandard), ratios);
    }

    private static PublicPermit permit(Permit p, LocalDate today) {
        boolean expired = p.validUntil != null && p.validUntil.isBefore(today);
        boolean expiresSoon = p.validUntil != null && !expired
                && !p.validUntil.isAfter(today.plusDays(PERMIT_EXPIRY_WARNING_DAYS));
        return new PublicPermit(p.kind.term(), p.number, p.issuedOn, p.validUntil, expired,
                expiresSoon);
    }

    /** Required permits of which the nursery holds none valid today, absent and expired alike. */
    private static List<PublicTerm> missingPermits(ListedNursery n, List<Permit> permits, LocalDate today) {
        Set<PermitKind> valid = EnumSet.noneOf(PermitKind.class);
        for (Permit p : permits) {
            if (!p.issuedOn.isAfter(today) && (p.validUntil == null || !p.validUntil.isBefore(today))) {
                valid.add(p.kind);
            }
        }
        List<PermitKind> missing = new ArrayList<>();
        if (!valid.contains(PermitKind.BUSINESS_LICENCE) && !valid.contains(PermitKind.LEGAL_PERSON_CERTIFICATE)) {
            missing.add(n.registrationType() == RegistrationType.ENTERPRISE ? PermitKind.BUSINESS_LICENCE
                    : PermitKind.LEGAL_PERSON_CERTIFICATE);
        }
        for (PermitKind kind : List.of(PermitKind.PREMISES_PROOF, PermitKind.FIRE_SAFETY, PermitKind.HEALTH_EVALUATION)) {
            if (!valid.contains(kind)) {
                missing.add(kind);
            }
        }
        if (n.mealsProvided() && !valid.contains(PermitKind.FOOD_BUSINESS_LICENCE)) {
            missing.add(PermitKind.FOOD_BUSINESS_LICENCE);
        }
        return missing.stream().map(k -> k.term()).toList();
    }

    private static PublicSafety safety(ListedNursery n) {
        Integer retention = n.cctvInstalled() ? n.cctvRetentionDays() : null;
        return new PublicSafety(n.safetyAsOf(), n.cctvInstalled(), retention,
                retention != null && retention >= MINIMUM_CCTV_RETENTION_DAYS, MINIMUM_CCTV_RETENTION_DAYS,
                n.securityOnSite());
    }


}
