package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.fees.Fee;
import com.tuoyu.directory.fees.FeeRepository;
import com.tuoyu.directory.fees.FeeUnit;
import com.tuoyu.directory.fees.GuidePrice;
import com.tuoyu.directory.fees.GuidePriceRepository;
import com.tuoyu.directory.fees.OneOffFee;
import com.tuoyu.directory.fees.OneOffFeeRepository;
import com.tuoyu.directory.nurserypage.TimelineKind;
import com.tuoyu.directory.supervision.CreditEntry;
import com.tuoyu.directory.supervision.CreditEntryRepository;
import com.tuoyu.directory.supervision.CreditList;
import com.tuoyu.directory.supervision.Inspection;
import com.tuoyu.directory.supervision.InspectionKind;
import com.tuoyu.directory.supervision.InspectionRepository;
import com.tuoyu.directory.supervision.InspectionResult;
import com.tuoyu.directory.supervision.Misconduct;
import com.tuoyu.directory.supervision.MisconductRepository;
import com.tuoyu.directory.supervision.Penalty;
import com.tuoyu.directory.supervision.PenaltyRepository;
import com.tuoyu.directory.supervision.QualityAssessment;
import com.tuoyu.directory.supervision.QualityAssessmentRepository;
import com.tuoyu.directory.supervision.QualityGrade;

import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.fees.dto.GuidePriceImport;
import com.tuoyu.directory.disclosure.dto.PublicCapacity;
import com.tuoyu.directory.disclosure.dto.PublicCapacityGroup;
import com.tuoyu.directory.disclosure.dto.PublicCarerRatio;
import com.tuoyu.directory.supervision.dto.PublicCreditEntry;
import com.tuoyu.directory.supervision.dto.PublicCreditStatus;
import com.tuoyu.directory.fees.dto.PublicFee;
import com.tuoyu.directory.fees.dto.PublicFees;
import com.tuoyu.directory.supervision.dto.PublicInspection;
import com.tuoyu.directory.nurserypage.dto.PublicLocation;
import com.tuoyu.directory.supervision.dto.PublicMisconduct;
import com.tuoyu.directory.nurserypage.dto.PublicNurseryDetail;
import com.tuoyu.directory.nurserypage.dto.PublicNurseryFiling;
import com.tuoyu.directory.fees.dto.PublicOneOffFee;
import com.tuoyu.directory.nurserypage.dto.PublicOpeningHours;
import com.tuoyu.directory.supervision.dto.PublicPenalty;
import com.tuoyu.directory.disclosure.dto.PublicPermit;
import com.tuoyu.directory.disclosure.dto.PublicPermits;
import com.tuoyu.directory.supervision.dto.PublicQualityAssessment;
import com.tuoyu.directory.disclosure.dto.PublicSafety;
import com.tuoyu.directory.nurserypage.dto.PublicServices;
import com.tuoyu.directory.disclosure.dto.PublicStaff;
import com.tuoyu.directory.supervision.dto.PublicSupervision;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.complaint.ComplaintService;
import com.tuoyu.directory.complaint.dto.PublicComplaintOutcome;
import com.tuoyu.directory.nurserypage.dto.PublicTimeline;
import com.tuoyu.directory.nurserypage.dto.PublicTimelineEntry;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.RegistrationType;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.division.dto.DivisionNames;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What each nursery must disclose: capacity, staff, fees, permits and its supervision record. */
@ApplicationScoped
public class DisclosureService {

    /** Footage must be kept at least this long (seed 004). */
    public static final int MINIMUM_CCTV_RETENTION_DAYS = 90;
    /** Vacancies reported longer ago than this are unknown: a parent must never be told of a place that is gone. */
    public static final int VACANCY_FRESHNESS_DAYS = 30;
    /** A permit expiring within this many days is flagged. */
    public static final int PERMIT_EXPIRY_WARNING_DAYS = 60;

    private final CapacityRepository capacities;
    private final StaffingRepository staffing;
    private final FeeRepository fees;
    private final OneOffFeeRepository oneOffFees;
    private final GuidePriceRepository guidePrices;
    private final PermitRepository permits;
    private final InspectionRepository inspections;
    private final QualityAssessmentRepository assessments;
    private final PenaltyRepository penalties;
    private final MisconductRepository misconduct;
    private final CreditEntryRepository credit;
    private final NurseryService nurseries;
    private final DivisionService divisions;
    private final ComplaintService complaintOutcomes;
    private final Clock clock;

    public DisclosureService(CapacityRepository capacities, StaffingRepository staffing, FeeRepository fees,
                             OneOffFeeRepository oneOffFees, GuidePriceRepository guidePrices, PermitRepository permits,
                             InspectionRepository inspections, QualityAssessmentRepository assessments,
                             PenaltyRepository penalties, MisconductRepository misconduct, CreditEntryRepository credit,
                             NurseryService nurseries, DivisionService divisions, ComplaintService complaintOutcomes,
                             Clock clock) {
        this.nurseries = nurseries;
        this.divisions = divisions;
        this.complaintOutcomes = complaintOutcomes;
        this.clock = clock;
        this.capacities = capacities;
        this.staffing = staffing;
        this.fees = fees;
        this.oneOffFees = oneOffFees;
        this.guidePrices = guidePrices;
        this.permits = permits;
        this.inspections = inspections;
        this.assessments = assessments;
        this.penalties = penalties;
        this.misconduct = misconduct;
        this.credit = credit;
    }

    /** Records a nursery's disclosure as taken in from an existing register. Row ids derive from the nursery's. */
    @WithTransaction
    public Uni<Void> importDisclosure(UUID nurseryId, DisclosureImport source) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < source.capacity().size(); i++) {
            DisclosureImport.CapacityRow row = source.capacity().get(i);
            Capacity capacity = new Capacity();
            capacity.id = rowId(nurseryId, "capacity", i);
            capacity.nurseryId = nurseryId;
            capacity.ageGroup = row.ageGroup();
            capacity.slots = row.slots();
            capacity.enrolled = row.enrolled();
            capacity.carers = row.carers();
            capacity.asOf = row.asOf();
            rows.add(capacity);
        }
        if (source.staffing() != null) {
            DisclosureImport.StaffingRow row = source.staffing();
            Staffing staff = new Staffing();
            staff.nurseryId = nurseryId;
            staff.healthStaff = row.healthStaff();
            staff.securityStaff = row.securityStaff();
            staff.qualifiedShare = row.qualifiedShare();
            staff.healthCertificateShare = row.healthCertificateShare();
            staff.asOf = row.asOf();
            rows.add(staff);
        }
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
        for (int i = 0; i < source.permits().size(); i++) {
            DisclosureImport.PermitRow row = source.permits().get(i);
            Permit permit = new Permit();
            permit.id = rowId(nurseryId, "permit", i);
            permit.nurseryId = nurseryId;
            permit.kind = row.kind();
            permit.number = row.number();
            permit.issuedOn = row.issuedOn();
            permit.validUntil = row.validUntil();
            rows.add(permit);
        }
        for (int i = 0; i < source.inspections().size(); i++) {
            DisclosureImport.InspectionRow row = source.inspections().get(i);
            Inspection inspection = new Inspection();
            inspection.id = rowId(nurseryId, "inspection", i);
            inspection.nurseryId = nurseryId;
            inspection.inspectedOn = row.inspectedOn();
            inspection.kind = row.kind();
            inspection.result = row.result();
            inspection.findings = row.findings();
            rows.add(inspection);
        }
        for (int i = 0; i < source.assessments().size(); i++) {
            DisclosureImport.AssessmentRow row = source.assessments().get(i);
            QualityAssessment assessment = new QualityAssessment();
            assessment.id = rowId(nurseryId, "assessment", i);
            assessment.nurseryId = nurseryId;
            assessment.grade = row.grade();
            assessment.assessedOn = row.assessedOn();
            rows.add(assessment);
        }
        for (int i = 0; i < source.penalties().size(); i++) {
            DisclosureImport.PenaltyRow row = source.penalties().get(i);
            Penalty penalty = new Penalty();
            penalty.id = rowId(nurseryId, "penalty", i);
            penalty.nurseryId = nurseryId;
            penalty.decidedOn = row.decidedOn();
            penalty.decisionNumber = row.decisionNumber();
            penalty.authority = row.authority();
            penalty.violation = row.violation();
            penalty.sanction = row.sanction();
            rows.add(penalty);
        }
        for (int i = 0; i < source.misconduct().size(); i++) {
            DisclosureImport.MisconductRow row = source.misconduct().get(i);
            Misconduct record = new Misconduct();
            record.id = rowId(nurseryId, "misconduct", i);
            record.nurseryId = nurseryId;
            record.recordedOn = row.recordedOn();
            record.description = row.description();
            rows.add(record);
        }
        for (int i = 0; i < source.credit().size(); i++) {
            DisclosureImport.CreditRow row = source.credit().get(i);
            CreditEntry entry = new CreditEntry();
            entry.id = rowId(nurseryId, "credit", i);
            entry.nurseryId = nurseryId;
            entry.list = row.list();
            entry.listedOn = row.listedOn();
            entry.removedOn = row.removedOn();
            entry.reason = row.reason();
            rows.add(entry);
        }
        // One session persists every kind of row; the repositories all share it inside this transaction.
        return capacities.getSession().chain(session -> session.persistAll(rows.toArray()));
    }

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

    /**
     * The full public disclosure of a nursery whose filing is in force, with coordinates in the given system.
     * Fails with a not-found problem for an unknown nursery or one whose filing is not in force.
     */
    @WithSession
    public Uni<PublicNurseryDetail> publicDetail(UUID id, CoordinateSystem coordinateSystem) {
        LocalDate today = LocalDate.now(clock);
        return nurseries.findListed(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "There is no filed nursery with id " + id + ". Only nurseries whose filing is in force are public."))
                .chain(this::load)
                .map(records -> toPublicDetail(records, coordinateSystem, today));
    }

    /** What the detail is built from; the session allows one query at a time, so the loads run in sequence. */
    private static final class Records {
        ListedNursery nursery;
        DivisionNames division;
        List<Capacity> capacity;
        Staffing staffing;
        List<Fee> fees;
        List<OneOffFee> oneOffFees;
        List<GuidePrice> guidePrices;
        List<Permit> permits;
        List<Inspection> inspections;
        List<QualityAssessment> assessments;
        List<Penalty> penalties;
        List<Misconduct> misconduct;
        List<CreditEntry> credit;
        List<PublicComplaintOutcome> complaints;
    }

    private Uni<Records> load(ListedNursery nursery) {
        Records r = new Records();
        r.nursery = nursery;
        UUID id = nursery.id();
        return divisions.names(nursery.divisionCode()).invoke(x -> r.division = x)
                .chain(() -> capacities.listForNursery(id)).invoke(x -> r.capacity = x)
                .chain(() -> staffing.findById(id)).invoke(x -> r.staffing = x)
                .chain(() -> fees.listForNursery(id)).invoke(x -> r.fees = x)
                .chain(() -> oneOffFees.listForNursery(id)).invoke(x -> r.oneOffFees = x)
                .chain(() -> guidePrices.listForDivision(nursery.divisionCode())).invoke(x -> r.guidePrices = x)
                .chain(() -> permits.listForNursery(id)).invoke(x -> r.permits = x)
                .chain(() -> inspections.listForNursery(id)).invoke(x -> r.inspections = x)
                .chain(() -> assessments.listForNursery(id)).invoke(x -> r.assessments = x)
                .chain(() -> penalties.listForNursery(id)).invoke(x -> r.penalties = x)
                .chain(() -> misconduct.listForNursery(id)).invoke(x -> r.misconduct = x)
                .chain(() -> credit.listForNursery(id)).invoke(x -> r.credit = x)
                .chain(() -> complaintOutcomes.substantiatedOutcomes(id, LocalDate.now(clock).minusMonths(12)))
                .invoke(x -> r.complaints = x)
                .replaceWith(r);
    }

    private static PublicNurseryDetail toPublicDetail(Records r, CoordinateSystem system, LocalDate today) {
        ListedNursery n = r.nursery;
        ListedNursery.PublicFiling f = n.filing();
        GeoPoint point = system.fromWgs84(n.latitude(), n.longitude()).rounded();
        DivisionNames names = r.division;
        return new PublicNurseryDetail(
                n.id(), today, n.name(), n.operatorName(),
                term(n.registrationType().name(), n.registrationType().label()),
                term(n.operatingModel().name(), n.operatingModel().label()),
                n.inclusive(),
                new PublicNurseryFiling(today, f.filingNumber(), f.filedOn(), f.submittedOn(), f.authority(),
                        term(f.status().name(), f.status().label())),
                new PublicLocation(today, n.address(), n.divisionCode(),
                        names == null ? null : names.countyName(), names == null ? null : names.cityName(),
                        names == null ? null : names.provinceName(),
                        system.parameterValue(), point.latitude(), point.longitude()),
                new PublicOpeningHours(today, n.opensAt(), n.closesAt(),
                        n.openDays() == null ? List.of() : n.openDays().stream().sorted().toList()),
                n.contactPhone(),
                new PublicServices(today, n.careTypes() == null ? List.of() : n.careTypes().stream().sorted()
                        .map(c -> term(c.name(), c.label())).toList(), n.mealsProvided()),
                capacity(r.capacity, today),
                staff(r.capacity, r.staffing),
                new PublicPermits(today, r.permits.stream()
                        .sorted(Comparator.comparing((Permit p) -> p.kind).thenComparing(p -> p.issuedOn, Comparator.reverseOrder()))
                        .map(p -> permit(p, today)).toList()),
                missingPermits(n, r.permits, today),
                fees(r.fees, r.oneOffFees, r.guidePrices, today),
                supervision(r, today),
                safety(n),
                new PublicTimeline(today, timeline(r)));
    }

    private static PublicCapacity capacity(List<Capacity> rows, LocalDate today) {
        LocalDate freshSince = today.minusDays(VACANCY_FRESHNESS_DAYS);
        List<PublicCapacityGroup> groups = rows.stream().sorted(Comparator.comparing(c -> c.ageGroup)).map(c -> {
            boolean known = !c.asOf.isBefore(freshSince);
            return new PublicCapacityGroup(term(c.ageGroup.name(), c.ageGroup.label()), c.slots, c.enrolled,
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
            return new PublicCarerRatio(term(group.name(), group.label()), c.enrolled, c.carers, perCarer,
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
        return new PublicPermit(term(p.kind.name(), p.kind.label()), p.number, p.issuedOn, p.validUntil, expired,
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
        return missing.stream().map(k -> term(k.name(), k.label())).toList();
    }

    private record FeeKey(CareType careType, AgeGroup ageGroup) {
    }

    private static PublicFees fees(List<Fee> rows, List<OneOffFee> oneOffRows, List<GuidePrice> guideRows,
                                   LocalDate today) {
        Map<FeeKey, List<Fee>> byKey = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((Fee fee) -> fee.careType).thenComparing(fee -> fee.ageGroup)
                        .thenComparing(fee -> fee.effectiveFrom))
                .forEach(fee -> byKey.computeIfAbsent(new FeeKey(fee.careType, fee.ageGroup), k -> new ArrayList<>()).add(fee));
        Map<FeeKey, List<GuidePrice>> guides = new LinkedHashMap<>();
        guideRows.stream().sorted(Comparator.comparing(g -> g.effectiveFrom))
                .forEach(g -> guides.computeIfAbsent(new FeeKey(g.careType, g.ageGroup), k -> new ArrayList<>()).add(g));

        List<PublicFee> current = new ArrayList<>();
        List<PublicFee> scheduled = new ArrayList<>();
        List<PublicFee> history = new ArrayList<>();
        byKey.forEach((key, versions) -> {
            List<GuidePrice> guideVersions = guides.getOrDefault(key, List.of());
            Fee inForce = versions.stream().filter(fee -> !fee.effectiveFrom.isAfter(today))
                    .reduce((earlier, later) -> later).orElse(null);
            for (Fee fee : versions) {
                if (fee == inForce) {
                    current.add(fee(fee, guideAt(guideVersions, today)));
                } else if (fee.effectiveFrom.isAfter(today)) {
                    scheduled.add(fee(fee, guideAt(guideVersions, fee.effectiveFrom)));
                } else {
                    history.add(fee(fee, guideAt(guideVersions, fee.effectiveFrom)));
                }
            }
        });
        scheduled.sort(Comparator.comparing(PublicFee::effectiveFrom));
        history.sort(Comparator.comparing(PublicFee::effectiveFrom).reversed());

        Map<String, List<OneOffFee>> oneOffByName = new LinkedHashMap<>();
        oneOffRows.stream().sorted(Comparator.comparing((OneOffFee o) -> o.name).thenComparing(o -> o.effectiveFrom))
                .forEach(o -> oneOffByName.computeIfAbsent(o.name, k -> new ArrayList<>()).add(o));
        List<PublicOneOffFee> oneOff = new ArrayList<>();
        List<PublicOneOffFee> oneOffScheduled = new ArrayList<>();
        oneOffByName.forEach((name, versions) -> {
            versions.stream().filter(o -> !o.effectiveFrom.isAfter(today)).reduce((earlier, later) -> later)
                    .ifPresent(o -> oneOff.add(new PublicOneOffFee(o.name, o.amountYuan, o.effectiveFrom)));
            versions.stream().filter(o -> o.effectiveFrom.isAfter(today))
                    .forEach(o -> oneOffScheduled.add(new PublicOneOffFee(o.name, o.amountYuan, o.effectiveFrom)));
        });
        oneOffScheduled.sort(Comparator.comparing(PublicOneOffFee::effectiveFrom));
        return new PublicFees(today, current, scheduled, history, oneOff, oneOffScheduled);
    }

    /** The guide price in force on a date: the latest one taking effect on or before it. */
    private static GuidePrice guideAt(List<GuidePrice> versionsOldestFirst, LocalDate date) {
        GuidePrice found = null;
        for (GuidePrice g : versionsOldestFirst) {
            if (!g.effectiveFrom.isAfter(date)) {
                found = g;
            }
        }
        return found;
    }

    private static PublicFee fee(Fee fee, GuidePrice guide) {
        return new PublicFee(term(fee.careType.name(), fee.careType.label()),
                term(fee.ageGroup.name(), fee.ageGroup.label()), fee.amountYuan, FeeUnit.of(fee.careType),
                fee.mealFeeYuan, fee.effectiveFrom,
                guide == null ? null : guide.amountYuan,
                guide == null ? null : fee.amountYuan <= guide.amountYuan);
    }

    private static PublicSupervision supervision(Records r, LocalDate today) {
        List<PublicInspection> inspectionList = r.inspections.stream()
                .sorted(Comparator.comparing((Inspection i) -> i.inspectedOn).reversed())
                .map(i -> new PublicInspection(i.inspectedOn, term(i.kind.name(), i.kind.label()),
                        term(i.result.name(), i.result.label()), i.findings))
                .toList();
        PublicQualityAssessment latest = r.assessments.stream()
                .max(Comparator.comparing((QualityAssessment a) -> a.assessedOn))
                .map(a -> new PublicQualityAssessment(term(a.grade.name(), a.grade.label()), a.assessedOn))
                .orElse(null);
        List<PublicPenalty> penaltyList = r.penalties.stream()
                .sorted(Comparator.comparing((Penalty p) -> p.decidedOn).reversed())
                .map(p -> new PublicPenalty(p.decidedOn, p.decisionNumber, p.authority, p.violation, p.sanction))
                .toList();
        List<PublicMisconduct> misconductList = r.misconduct.stream()
                .sorted(Comparator.comparing((Misconduct m) -> m.recordedOn).reversed())
                .map(m -> new PublicMisconduct(m.recordedOn, m.description))
                .toList();
        List<CreditEntry> entries = r.credit.stream()
                .sorted(Comparator.comparing((CreditEntry c) -> c.listedOn).reversed()).toList();
        boolean black = entries.stream().anyMatch(c -> c.list == CreditList.BLACK && open(c, today));
        boolean red = entries.stream().anyMatch(c -> c.list == CreditList.RED && open(c, today));
        PublicCreditStatus creditStatus = new PublicCreditStatus(black, red, entries.stream()
                .map(c -> new PublicCreditEntry(term(c.list.name(), c.list.label()), c.listedOn, c.removedOn, c.reason))
                .toList());
        return new PublicSupervision(today, inspectionList, latest, penaltyList, misconductList, creditStatus,
                r.complaints.size());
    }

    /** An entry counts from the day it is listed until it is removed. */
    private static boolean open(CreditEntry entry, LocalDate today) {
        return entry.removedOn == null && !entry.listedOn.isAfter(today);
    }

    private static PublicSafety safety(ListedNursery n) {
        Integer retention = n.cctvInstalled() ? n.cctvRetentionDays() : null;
        return new PublicSafety(n.safetyAsOf(), n.cctvInstalled(), retention,
                retention != null && retention >= MINIMUM_CCTV_RETENTION_DAYS, MINIMUM_CCTV_RETENTION_DAYS,
                n.securityOnSite());
    }

    private static List<PublicTimelineEntry> timeline(Records r) {
        record Dated(LocalDate date, TimelineKind kind, String summary, String summaryEn) {
        }
        List<Dated> events = new ArrayList<>();
        ListedNursery.PublicFiling filing = r.nursery.filing();
        for (ListedNursery.FilingMilestone m : r.nursery.filingHistory()) {
            events.add(new Dated(m.on(), TimelineKind.FILING, filingSummary(m, filing), filingSummaryEn(m, filing)));
        }
        for (Inspection i : r.inspections) {
            events.add(new Dated(i.inspectedOn, TimelineKind.INSPECTION, i.kind.label() + "：" + i.result.label(),
                    inspectionEn(i.kind) + ": " + resultEn(i.result)));
        }
        for (QualityAssessment a : r.assessments) {
            events.add(new Dated(a.assessedOn, TimelineKind.QUALITY_ASSESSMENT, "质量评估：" + a.grade.label(),
                    "Quality assessment: " + gradeEn(a.grade)));
        }
        for (Penalty p : r.penalties) {
            events.add(new Dated(p.decidedOn, TimelineKind.PENALTY, "行政处罚（" + p.decisionNumber + "）：" + p.sanction,
                    "Administrative penalty " + p.decisionNumber));
        }
        for (Misconduct m : r.misconduct) {
            events.add(new Dated(m.recordedOn, TimelineKind.MISCONDUCT, "记录不良执业行为：" + m.description,
                    "Misconduct recorded"));
        }
        for (CreditEntry c : r.credit) {
            String en = c.list == CreditList.BLACK ? "black list" : "red list";
            events.add(new Dated(c.listedOn, TimelineKind.CREDIT_LIST, "列入" + c.list.label() + "：" + c.reason,
                    "Placed on the " + en));
            if (c.removedOn != null) {
                events.add(new Dated(c.removedOn, TimelineKind.CREDIT_LIST, "移出" + c.list.label(),
                        "Removed from the " + en));
            }
        }
        for (PublicComplaintOutcome o : r.complaints) {
            events.add(new Dated(o.resolvedOn(), TimelineKind.COMPLAINT,
                    "投诉经核实" + (o.finding().name().startsWith("PARTLY") ? "部分属实" : "属实") + "：" + o.category().label(),
                    "Complaint found " + (o.finding().name().startsWith("PARTLY") ? "partly " : "") + "substantiated: "
                            + o.category().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        // Newest first; on the same day, later steps of a process (a penalty after its inspection) come first.
        return events.stream()
                .sorted(Comparator.comparing(Dated::date).reversed()
                        .thenComparing(Comparator.comparing(Dated::kind).reversed())
                        .thenComparing(Dated::summary))
                .map(d -> new PublicTimelineEntry(d.date(), term(d.kind().name(), d.kind().label()), d.summary(),
                        d.summaryEn()))
                .toList();
    }

    private static String filingSummary(ListedNursery.FilingMilestone m, ListedNursery.PublicFiling filing) {
        String reasons = m.reasons() == null || m.reasons().isBlank() ? "" : "：" + m.reasons();
        return switch (m.to()) {
            case SUBMITTED -> "向" + filing.authority() + "提交备案";
            case FILED -> "备案通过，取得备案回执" + (filing.filingNumber() == null ? "" : "（备案号" + filing.filingNumber() + "）");
            case RETURNED -> "备案被退回" + reasons;
            case REVOKED -> "备案被撤销" + reasons;
            case CLOSED -> "机构注销" + reasons;
        };
    }

    private static String filingSummaryEn(ListedNursery.FilingMilestone m, ListedNursery.PublicFiling filing) {
        return switch (m.to()) {
            case SUBMITTED -> "Filing submitted";
            case FILED -> "Filed, receipt issued" + (filing.filingNumber() == null ? "" : " (no. " + filing.filingNumber() + ")");
            case RETURNED -> "Filing returned";
            case REVOKED -> "Filing revoked";
            case CLOSED -> "Nursery closed";
        };
    }

    private static String inspectionEn(InspectionKind kind) {
        return switch (kind) {
            case ROUTINE -> "Routine inspection";
            case RANDOM -> "Random inspection";
            case COMPLAINT_DRIVEN -> "Complaint-driven inspection";
        };
    }

    private static String resultEn(InspectionResult result) {
        return switch (result) {
            case PASSED -> "passed";
            case RECTIFICATION_REQUIRED -> "rectification required";
            case FAILED -> "failed";
        };
    }

    private static String gradeEn(QualityGrade grade) {
        return switch (grade) {
            case EXCELLENT -> "excellent";
            case GOOD -> "good";
            case QUALIFIED -> "qualified";
            case UNQUALIFIED -> "unqualified";
        };
    }

    private static PublicTerm term(String code, String label) {
        return new PublicTerm(code, label);
    }

    private static UUID rowId(UUID nurseryId, String section, int index) {
        return UUID.nameUUIDFromBytes((section + ":" + nurseryId + ":" + index).getBytes(StandardCharsets.UTF_8));
    }
}
