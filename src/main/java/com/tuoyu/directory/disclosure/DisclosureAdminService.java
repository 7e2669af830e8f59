package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.fees.Fee;
import com.tuoyu.directory.fees.FeeRepository;
import com.tuoyu.directory.fees.GuidePrice;
import com.tuoyu.directory.fees.GuidePriceRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.disclosure.dto.AdminExpiringPermit;
import com.tuoyu.directory.fees.dto.AdminFee;
import com.tuoyu.directory.fees.dto.AdminFeeEntry;
import com.tuoyu.directory.disclosure.dto.AdminFlag;
import com.tuoyu.directory.fees.dto.AdminGuidePrice;
import com.tuoyu.directory.fees.dto.AdminGuidePriceEntry;
import com.tuoyu.directory.fees.dto.AdminInclusiveChange;
import com.tuoyu.directory.fees.dto.AdminInclusiveFlag;
import com.tuoyu.directory.fees.dto.AdminInclusiveStatus;
import com.tuoyu.directory.disclosure.dto.AdminPermitsUpdate;
import com.tuoyu.directory.disclosure.dto.AdminRevision;
import com.tuoyu.directory.disclosure.dto.AdminSafetyUpdate;
import com.tuoyu.directory.disclosure.dto.AdminStaffingUpdate;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.DisclosedFacts;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Disclosure maintenance by filing officers and guide prices by supervisors. Every change is a new revision (history
 * is never overwritten), is audited, and grows the nursery's version with an outbox announcement, all in one
 * transaction, so the public detail and the search index follow. Nurseries outside the caller's districts are
 * answered as unknown.
 */
@ApplicationScoped
public class DisclosureAdminService {

    private static final TypeReference<List<AdminFlag>> FLAG_LIST = new TypeReference<>() {
    };

    private final CapacityRepository capacities;
    private final StaffingRepository staffing;
    private final PermitRepository permits;
    private final FeeRepository fees;
    private final GuidePriceRepository guidePrices;
    private final DisclosureRevisionRepository revisions;
    private final NurseryService nurseries;
    private final DivisionService divisions;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public DisclosureAdminService(CapacityRepository capacities, StaffingRepository staffing, PermitRepository permits,
                                  FeeRepository fees, GuidePriceRepository guidePrices,
                                  DisclosureRevisionRepository revisions, NurseryService nurseries,
                                  DivisionService divisions, AuditLog audit, ObjectMapper json, Clock clock) {
        this.capacities = capacities;
        this.staffing = staffing;
        this.permits = permits;
        this.fees = fees;
        this.guidePrices = guidePrices;
        this.revisions = revisions;
        this.nurseries = nurseries;
        this.divisions = divisions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- sections

    @WithTransaction
    public Uni<AdminRevision> reviseCapacity(Caller caller, UUID id, AdminCapacityUpdate update) {
        LocalDate asOf = asOf(update.asOf());
        List<Problem.FieldError> errors = DisclosureRules.capacityErrors(update.groups());
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(unprocessable("The capacity section breaks the national standard.", errors));
        }
        return lockInScope(caller, id)
                .chain(n -> expectRevision(id, DisclosureSection.CAPACITY, update.expectedRevision()))
                .chain(current -> capacities.listForNursery(id).chain(old -> {
                    Map<AgeGroup, Integer> carersBefore = old.stream().collect(Collectors.toMap(c -> c.ageGroup, c -> c.carers));
                    String before = write(capacityContent(old));
                    List<Capacity> rows = update.groups().stream().map(g -> {
                        Capacity c = new Capacity();
                        c.id = UUID.randomUUID();
                        c.nurseryId = id;
                        c.ageGroup = g.ageGroup();
                        c.slots = g.slots();
                        c.enrolled = g.enrolled();
                        c.classes = g.classes();
                        c.carers = carersBefore.getOrDefault(g.ageGroup(), 0);
                        c.asOf = asOf;
                        return c;
                    }).toList();
                    return capacities.delete("nurseryId", id)
                            .chain(() -> capacities.persist(rows))
                            .chain(() -> record(caller, id, DisclosureSection.CAPACITY, current + 1, capacityContent(rows),
                                    update.source(), asOf, update.note(), before, ratioFlags(rows)));
                }));
    }

    @WithTransaction
    public Uni<AdminRevision> reviseStaffing(Caller caller, UUID id, AdminStaffingUpdate update) {
        LocalDate asOf = asOf(update.asOf());
        return lockInScope(caller, id)
                .chain(n -> expectRevision(id, DisclosureSection.STAFFING, update.expectedRevision()))
                .chain(current -> capacities.listForNursery(id).chain(groups -> staffing.findById(id).chain(old -> {
                    List<Problem.FieldError> errors = carerErrors(groups, update.carers());
                    if (!errors.isEmpty()) {
                        return Uni.createFrom().failure(unprocessable(
                                "Carers must be given for every age group of the capacity section, once each.", errors));
                    }
                    String before = write(staffingContent(groups, old));
                    Map<AgeGroup, Integer> carers = update.carers().stream()
                            .collect(Collectors.toMap(AdminStaffingUpdate.GroupCarers::ageGroup, AdminStaffingUpdate.GroupCarers::carers));
                    groups.forEach(c -> c.carers = carers.get(c.ageGroup));
                    Staffing row = old == null ? new Staffing() : old;
                    row.nurseryId = id;
                    row.healthStaff = update.healthStaff();
                    row.securityStaff = update.securityStaff();
                    row.qualifiedShare = update.qualifiedShare();
                    row.healthCertificateShare = update.healthCertificateShare();
                    row.asOf = asOf;
                    Uni<?> saved = old == null ? staffing.persist(row) : Uni.createFrom().item(row);
                    return saved.chain(() -> record(caller, id, DisclosureSection.STAFFING, current + 1,
                            staffingContent(groups, row), update.source(), asOf, update.note(), before, ratioFlags(groups)));
                })));
    }

    private static List<Problem.FieldError> carerErrors(List<Capacity> groups, List<AdminStaffingUpdate.GroupCarers> carers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<AgeGroup> known = groups.stream().map(c -> c.ageGroup).collect(Collectors.toSet());
        Set<AgeGroup> seen = new HashSet<>();
        for (int i = 0; i < carers.size(); i++) {
            AgeGroup group = carers.get(i).ageGroup();
            if (!known.contains(group)) {
                errors.add(new Problem.FieldError("carers[" + i + "].ageGroup", "the capacity section has no " + group + " group"));
            } else if (!seen.add(group)) {
                errors.add(new Problem.FieldError("carers[" + i + "].ageGroup", group + " is listed twice"));
            }
        }
        known.stream().filter(g -> !seen.contains(g)).sorted()
                .forEach(g -> errors.add(new Problem.FieldError("carers", "the " + g + " group of the capacity section is missing")));
        return errors;
    }

    @WithTransaction
    public Uni<AdminRevision> revisePermits(Caller caller, UUID id, AdminPermitsUpdate update) {
        LocalDate asOf = asOf(update.asOf());
        LocalDate today = today();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < update.permits().size(); i++) {
            AdminPermitsUpdate.Item p = update.permits().get(i);
            if (p.issuedOn().isAfter(today)) {
                errors.add(new Problem.FieldError("permits[" + i + "].issuedOn", "must not be in the future"));
            }
            if (p.validUntil() != null && p.validUntil().isBefore(p.issuedOn())) {
                errors.add(new Problem.FieldError("permits[" + i + "].validUntil", "must not be before issuedOn"));
            }
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(unprocessable("Some permit dates are inconsistent.", errors));
        }
        return lockInScope(caller, id).chain(n -> {
            if (n.mealsProvided() && update.permits().stream().noneMatch(p -> validFoodLicence(p.kind(), p.issuedOn(), p.validUntil(), today))) {
                return Uni.createFrom().failure(unprocessable("The nursery serves meals, so it needs a food business "
                                + "licence (食品经营许可证) valid today; the permits section has none.",
                        List.of(new Problem.FieldError("permits", "must include a FOOD_BUSINESS_LICENCE valid today while meals are provided"))));
            }
            return expectRevision(id, DisclosureSection.PERMITS, update.expectedRevision())
                    .chain(current -> permits.listForNursery(id).chain(old -> {
                        String before = write(permitContent(old));
                        List<Permit> rows = update.permits().stream().map(p -> {
                            Permit permit = new Permit();
                            permit.id = UUID.randomUUID();
                            permit.nurseryId = id;
                            permit.kind = p.kind();
                            permit.number = p.number().strip();
                            permit.issuedOn = p.issuedOn();
                            permit.validUntil = p.validUntil();
                            return permit;
                        }).toList();
                        return permits.delete("nurseryId", id)
                                .chain(() -> permits.persist(rows))
                                .chain(() -> record(caller, id, DisclosureSection.PERMITS, current + 1, permitContent(rows),
                                        update.source(), asOf, update.note(), before, permitFlags(rows, today)));
                    }));
        });
    }

    @WithTransaction
    public Uni<AdminRevision> reviseSafety(Caller caller, UUID id, AdminSafetyUpdate update) {
        LocalDate asOf = asOf(update.asOf());
        LocalDate today = today();
        List<Problem.FieldError> errors = DisclosureRules.cctvErrors(update.cctvInstalled(), update.cctvRetentionDays());
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(unprocessable("The CCTV facts are inconsistent.", errors));
        }
        return lockInScope(caller, id)
                .chain(n -> expectRevision(id, DisclosureSection.SAFETY, update.expectedRevision()))
                .chain(current -> permits.listForNursery(id).chain(held -> {
                    if (update.mealsProvided() && held.stream().noneMatch(p -> validFoodLicence(p.kind, p.issuedOn, p.validUntil, today))) {
                        return Uni.createFrom().failure(unprocessable("Meals need a food business licence (食品经营许可证) "
                                        + "valid today; record it in the permits section first.",
                                List.of(new Problem.FieldError("mealsProvided", "needs a FOOD_BUSINESS_LICENCE valid today"))));
                    }
                    Map<String, Object> content = new LinkedHashMap<>();
                    content.put("mealsProvided", update.mealsProvided());
                    content.put("cctvInstalled", update.cctvInstalled());
                    content.put("cctvRetentionDays", update.cctvRetentionDays());
                    content.put("securityOnSite", update.securityOnSite());
                    return nurseries.setSafety(id, update.mealsProvided(), update.cctvInstalled(), update.cctvRetentionDays(),
                                    update.securityOnSite(), asOf)
                            .chain(() -> record(caller, id, DisclosureSection.SAFETY, current + 1, content, update.source(),
                                    asOf, update.note(), null,
                                    DisclosureRules.cctvFlags(update.cctvInstalled(), update.cctvRetentionDays())));
                }));
    }

    private static boolean validFoodLicence(PermitKind kind, LocalDate issuedOn, LocalDate validUntil, LocalDate today) {
        return kind == PermitKind.FOOD_BUSINESS_LICENCE && !issuedOn.isAfter(today)
                && (validUntil == null || !validUntil.isBefore(today));
    }

    /** Revisions of one section, newest first. */
    @WithSession
    public Uni<List<AdminRevision>> history(Caller caller, UUID id, DisclosureSection section) {
        return findInScope(caller, id).chain(n -> revisions.history(id, section))
                .map(list -> list.stream().map(this::toAdmin).toList());
    }

    // ---------------------------------------------------------------- inclusive

    @WithTransaction
    public Uni<AdminInclusiveStatus> setInclusive(Caller caller, UUID id, AdminInclusiveChange change) {
        LocalDate today = today();
        return lockInScope(caller, id).chain(n -> excesses(n, today, false).chain(excesses -> {
            if (change.inclusive() && !excesses.isEmpty()) {
                List<Problem.FieldError> errors = excesses.stream()
                        .map(e -> new Problem.FieldError("fees[" + e.fee().careType() + "," + e.fee().ageGroup() + "]", e.describe()))
                        .toList();
                return Uni.createFrom().failure(unprocessable("An inclusive nursery's fees must be at or below the "
                        + "district guide price (普惠指导价): " + excesses.stream().map(DisclosureRules.Excess::describe)
                        .collect(Collectors.joining("; ")) + ".", errors));
            }
            return revisions.latestRevision(id, DisclosureSection.INCLUSIVE).chain(current -> {
                if (n.inclusive() == change.inclusive()) {
                    return Uni.createFrom().item(status(n, change.inclusive(), current, excesses, today));
                }
                return nurseries.setInclusive(id, change.inclusive())
                        .chain(() -> record(caller, id, DisclosureSection.INCLUSIVE, current + 1,
                                Map.of("inclusive", change.inclusive()), change.source(), today, change.note(),
                                write(Map.of("inclusive", n.inclusive())), List.of()))
                        .map(revision -> status(n, change.inclusive(), revision.revision(), excesses, today));
            });
        }));
    }

    private static AdminInclusiveStatus status(DisclosedFacts n, boolean inclusive, int revision,
                                               List<DisclosureRules.Excess> excesses, LocalDate today) {
        return new AdminInclusiveStatus(n.id(), inclusive, revision, excesses.stream()
                .filter(e -> !e.fee().effectiveFrom().isAfter(today)).map(e -> flag(n, e)).toList());
    }

    private static AdminInclusiveFlag flag(DisclosedFacts n, DisclosureRules.Excess e) {
        return new AdminInclusiveFlag(n.id(), n.name(), n.divisionCode(), e.fee().careType(), e.fee().ageGroup(),
                e.fee().amountYuan(), e.fee().effectiveFrom(), e.guide().amountYuan(), e.guide().effectiveFrom(), e.since());
    }

    /** The nursery's fees above the guide price: in force today, and (unless {@code inForceOnly}) announced ones. */
    private Uni<List<DisclosureRules.Excess>> excesses(DisclosedFacts n, LocalDate today, boolean inForceOnly) {
        return fees.listForNursery(n.id()).chain(feeRows -> guidePrices.listForDivision(n.divisionCode()).map(guideRows -> {
            List<DisclosureRules.Price> feePrices = feeRows.stream().map(DisclosureAdminService::price).toList();
            List<DisclosureRules.Price> guides = guideRows.stream().map(DisclosureAdminService::price).toList();
            return inForceOnly ? DisclosureRules.feesInForceAboveGuide(feePrices, guides, today)
                    : DisclosureRules.feesAboveGuide(feePrices, guides, today);
        }));
    }

    /**
     * Inclusive nurseries in the caller's districts charging more than the guide price in force today: after a
     * guide-price cut (also one announced earlier that took effect since), for an officer to resolve. Computed from
     * the current fees and guide prices, so a flag clears as soon as the fee is lowered or the mark withdrawn.
     */
    @WithSession
    public Uni<List<AdminInclusiveFlag>> inclusiveFlags(Caller caller) {
        LocalDate today = today();
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
                                Map<UUID, List<DisclosureRules.Price>> feesBy = feeRows.stream().collect(Collectors.groupingBy(
                                        f -> f.nurseryId, Collectors.mapping(DisclosureAdminService::price, Collectors.toList())));
                                Map<String, List<DisclosureRules.Price>> guidesBy = guideRows.stream().collect(Collectors.groupingBy(
                                        g -> g.divisionCode, Collectors.mapping(DisclosureAdminService::price, Collectors.toList())));
                                List<AdminInclusiveFlag> flags = new ArrayList<>();
                                for (DisclosedFacts n : inScope) {
                                    DisclosureRules.feesInForceAboveGuide(feesBy.getOrDefault(n.id(), List.of()),
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

    // ---------------------------------------------------------------- fees

    @WithTransaction
    public Uni<AdminFee> scheduleFee(Caller caller, UUID id, AdminFeeEntry entry) {
        LocalDate today = today();
        if (entry.effectiveFrom().isBefore(today) && (entry.reason() == null || entry.reason().isBlank())) {
            return Uni.createFrom().failure(unprocessable("A fee that takes effect in the past rewrites what parents "
                            + "were shown; give the reason.",
                    List.of(new Problem.FieldError("reason", "is required when effectiveFrom is before today"))));
        }
        return lockInScope(caller, id).chain(n -> fees.listForNursery(id).chain(existing -> {
            if (existing.stream().anyMatch(f -> f.careType == entry.careType() && f.ageGroup == entry.ageGroup()
                    && f.effectiveFrom.equals(entry.effectiveFrom()))) {
                return Uni.createFrom().failure(ProblemException.conflict("A " + entry.careType() + " " + entry.ageGroup()
                        + " fee from " + entry.effectiveFrom() + " is already recorded; entries are never overwritten, "
                        + "schedule a new one from another date."));
            }
            return guidePrices.listForDivision(n.divisionCode()).chain(guideRows -> {
                DisclosureRules.Price guide = DisclosureRules.inForce(guideRows.stream().map(DisclosureAdminService::price).toList(),
                        entry.effectiveFrom()).get(entry.careType() + ":" + entry.ageGroup());
                if (n.inclusive() && guide != null && entry.amountYuan() > guide.amountYuan()) {
                    return Uni.createFrom().failure(unprocessable("The nursery is inclusive (普惠): its "
                                    + entry.careType() + " " + entry.ageGroup() + " fee " + entry.amountYuan()
                                    + " yuan from " + entry.effectiveFrom() + " would exceed the guide price "
                                    + guide.amountYuan() + " yuan (from " + guide.effectiveFrom()
                                    + "). Lower the fee or withdraw the inclusive mark first.",
                            List.of(new Problem.FieldError("amountYuan", "must be at most the guide price " + guide.amountYuan()))));
                }
                Instant now = clock.instant();
                Fee fee = new Fee();
                fee.id = UUID.randomUUID();
                fee.nurseryId = id;
                fee.careType = entry.careType();
                fee.ageGroup = entry.ageGroup();
                fee.amountYuan = entry.amountYuan();
                fee.mealFeeYuan = entry.mealFeeYuan();
                fee.effectiveFrom = entry.effectiveFrom();
                fee.recordedBy = caller.id();
                fee.recordedAt = now;
                fee.reason = blankToNull(entry.reason());
                List<Fee> all = new ArrayList<>(existing);
                all.add(fee);
                return fees.persist(fee)
                        .chain(() -> audit.record(caller, "FEE_SCHEDULED", "nursery", id.toString(), null,
                                write(feeContent(fee)), fee.reason))
                        .chain(() -> nurseries.recordPublicChange(List.of(id)))
                        .map(x -> toAdmin(fee, all, guideRows, today));
            });
        }));
    }

    @WithSession
    public Uni<List<AdminFee>> feeHistory(Caller caller, UUID id) {
        LocalDate today = today();
        return findInScope(caller, id).chain(n -> fees.listForNursery(id).chain(rows -> guidePrices.listForDivision(n.divisionCode())
                .map(guides -> rows.stream()
                        .sorted(Comparator.comparing((Fee f) -> f.careType).thenComparing(f -> f.ageGroup)
                                .thenComparing(f -> f.effectiveFrom, Comparator.reverseOrder()))
                        .map(f -> toAdmin(f, rows, guides, today)).toList())));
    }

    private static AdminFee toAdmin(Fee fee, List<Fee> all, List<GuidePrice> guides, LocalDate today) {
        String state = state(fee.effectiveFrom, all.stream().filter(f -> f.careType == fee.careType && f.ageGroup == fee.ageGroup)
                .map(f -> f.effectiveFrom).toList(), today);
        LocalDate judgedOn = "IN_FORCE".equals(state) ? today : fee.effectiveFrom;
        DisclosureRules.Price guide = DisclosureRules.inForce(guides.stream().map(DisclosureAdminService::price).toList(), judgedOn)
                .get(fee.careType + ":" + fee.ageGroup);
        return new AdminFee(fee.id, fee.careType, fee.ageGroup, fee.amountYuan, fee.mealFeeYuan, fee.effectiveFrom, state,
                guide == null ? null : guide.amountYuan(), guide == null ? null : fee.amountYuan <= guide.amountYuan(),
                fee.recordedBy, fee.recordedAt, fee.reason);
    }

    /** IN_FORCE, SCHEDULED or REPLACED, among the start dates of the same care type and group. */
    private static String state(LocalDate from, List<LocalDate> siblings, LocalDate today) {
        if (from.isAfter(today)) {
            return "SCHEDULED";
        }
        boolean replaced = siblings.stream().anyMatch(d -> d.isAfter(from) && !d.isAfter(today));
        return replaced ? "REPLACED" : "IN_FORCE";
    }

    // ---------------------------------------------------------------- guide prices

    @WithTransaction
    public Uni<AdminGuidePrice> setGuidePrice(Caller caller, AdminGuidePriceEntry entry) {
        LocalDate today = today();
        if (!caller.covers(entry.divisionCode())) {
            return Uni.createFrom().failure(ProblemException.notFound("There is no division " + entry.divisionCode()
                    + " in your districts."));
        }
        if (entry.effectiveFrom().isBefore(today) && (entry.reason() == null || entry.reason().isBlank())) {
            return Uni.createFrom().failure(unprocessable("A guide price that takes effect in the past needs a reason.",
                    List.of(new Problem.FieldError("reason", "is required when effectiveFrom is before today"))));
        }
        return divisions.names(entry.divisionCode()).chain(names -> {
            if (names == null || names.countyName() == null) {
                return Uni.createFrom().failure(unprocessable("Guide prices are set per county-level division.",
                        List.of(new Problem.FieldError("divisionCode", "must be a county-level division"))));
            }
            return guidePrices.listForDivision(entry.divisionCode()).chain(existing -> {
                if (existing.stream().anyMatch(g -> g.careType == entry.careType() && g.ageGroup == entry.ageGroup()
                        && g.effectiveFrom.equals(entry.effectiveFrom()))) {
                    return Uni.createFrom().failure(ProblemException.conflict("A " + entry.careType() + " "
                            + entry.ageGroup() + " guide price from " + entry.effectiveFrom() + " is already set for "
                            + entry.divisionCode() + "; set a new one from another date."));
                }
                GuidePrice price = new GuidePrice();
                price.id = UUID.randomUUID();
                price.divisionCode = entry.divisionCode();
                price.careType = entry.careType();
                price.ageGroup = entry.ageGroup();
                price.amountYuan = entry.amountYuan();
                price.effectiveFrom = entry.effectiveFrom();
                price.recordedBy = caller.id();
                price.recordedAt = clock.instant();
                price.reason = blankToNull(entry.reason());
                List<GuidePrice> all = new ArrayList<>(existing);
                all.add(price);
                return guidePrices.persist(price)
                        .chain(() -> audit.record(caller, "GUIDE_PRICE_SET", "division", entry.divisionCode(), null,
                                write(guideContent(price)), price.reason))
                        .map(x -> toAdmin(price, all, today));
            });
        });
    }

    @WithSession
    public Uni<List<AdminGuidePrice>> guidePriceHistory(Caller caller, String divisionCode) {
        LocalDate today = today();
        if (!caller.covers(divisionCode)) {
            return Uni.createFrom().failure(ProblemException.notFound("There is no division " + divisionCode + " in your districts."));
        }
        return guidePrices.listForDivision(divisionCode).map(rows -> rows.stream()
                .sorted(Comparator.comparing((GuidePrice g) -> g.careType).thenComparing(g -> g.ageGroup)
                        .thenComparing(g -> g.effectiveFrom, Comparator.reverseOrder()))
                .map(g -> toAdmin(g, rows, today)).toList());
    }

    private static AdminGuidePrice toAdmin(GuidePrice g, List<GuidePrice> all, LocalDate today) {
        String state = state(g.effectiveFrom, all.stream().filter(o -> o.careType == g.careType && o.ageGroup == g.ageGroup)
                .map(o -> o.effectiveFrom).toList(), today);
        return new AdminGuidePrice(g.id, g.divisionCode, g.careType, g.ageGroup, g.amountYuan, g.effectiveFrom, state,
                g.recordedBy, g.recordedAt, g.reason);
    }

    // ---------------------------------------------------------------- permits expiring

    /**
     * Permits of nurseries in the caller's districts that expire within {@code withinDays} or have expired, unless a
     * permit of the same kind valid beyond the window replaces them; soonest first.
     */
    @WithSession
    public Uni<List<AdminExpiringPermit>> expiringPermits(Caller caller, int withinDays) {
        LocalDate today = today();
        LocalDate limit = today.plusDays(withinDays);
        return permits.list("validUntil <= ?1", limit).chain(expiring -> {
            Set<UUID> ids = expiring.stream().map(p -> p.nurseryId).collect(Collectors.toSet());
            if (ids.isEmpty()) {
                return Uni.createFrom().item(List.<AdminExpiringPermit>of());
            }
            return nurseries.disclosedFacts(ids).chain(found -> {
                Map<UUID, DisclosedFacts> byId = found.stream().filter(n -> caller.covers(n.divisionCode()))
                        .collect(Collectors.toMap(DisclosedFacts::id, Function.identity()));
                if (byId.isEmpty()) {
                    return Uni.createFrom().item(List.<AdminExpiringPermit>of());
                }
                return permits.list("nurseryId in ?1 and (validUntil is null or validUntil > ?2)", byId.keySet(), limit)
                        .map(renewals -> {
                            Set<String> renewed = renewals.stream().map(p -> p.nurseryId + ":" + p.kind).collect(Collectors.toSet());
                            return expiring.stream()
                                    .filter(p -> byId.containsKey(p.nurseryId) && !renewed.contains(p.nurseryId + ":" + p.kind))
                                    .map(p -> {
                                        DisclosedFacts n = byId.get(p.nurseryId);
                                        long days = ChronoUnit.DAYS.between(today, p.validUntil);
                                        return new AdminExpiringPermit(n.id(), n.name(), n.divisionCode(), p.kind, p.number,
                                                p.validUntil, days, days < 0);
                                    })
                                    .sorted(Comparator.comparing(AdminExpiringPermit::validUntil)
                                            .thenComparing(AdminExpiringPermit::nurseryName).thenComparing(AdminExpiringPermit::kind))
                                    .toList();
                        });
            });
        });
    }

    // ---------------------------------------------------------------- shared

    private Uni<DisclosedFacts> lockInScope(Caller caller, UUID id) {
        return nurseries.lockDisclosedFacts(id).map(n -> inScope(caller, id, n));
    }

    private Uni<DisclosedFacts> findInScope(Caller caller, UUID id) {
        return nurseries.disclosedFacts(id).map(n -> inScope(caller, id, n));
    }

    private static DisclosedFacts inScope(Caller caller, UUID id, DisclosedFacts n) {
        if (n == null || !caller.covers(n.divisionCode())) {
            throw ProblemException.notFound("There is no nursery " + id + " in your districts.");
        }
        return n;
    }

    private Uni<Integer> expectRevision(UUID id, DisclosureSection section, Integer expected) {
        return revisions.latestRevision(id, section).map(current -> {
            if (expected != null && expected.intValue() != current) {
                throw ProblemException.conflict("The " + section.name().toLowerCase() + " section is at revision "
                        + current + ", not " + expected + ": someone changed it meanwhile. Reload it and apply your change again.");
            }
            return current;
        });
    }

    private Uni<AdminRevision> record(Caller caller, UUID id, DisclosureSection section, int number, Object content,
                                      RevisionSource source, LocalDate asOf, String note, String before,
                                      List<AdminFlag> flags) {
        if (source == RevisionSource.BULK_IMPORT) {
            // A register imported again states the same facts again: that is no new revision, no audit, no change.
            String serialized = write(content);
            return revisions.history(id, section).chain(previous -> {
                // The facts as they stand now: the rows before this change, or for safety the latest revision.
                boolean sameFacts = before != null ? before.equals(serialized)
                        : !previous.isEmpty() && previous.get(0).content.equals(serialized);
                if (!previous.isEmpty() && sameFacts && java.util.Objects.equals(previous.get(0).asOf, asOf)) {
                    return Uni.createFrom().item(toAdmin(previous.get(0)));
                }
                return persistRevision(caller, id, section, number, content, source, asOf, note, before, flags);
            });
        }
        return persistRevision(caller, id, section, number, content, source, asOf, note, before, flags);
    }

    private Uni<AdminRevision> persistRevision(Caller caller, UUID id, DisclosureSection section, int number, Object content,
                                               RevisionSource source, LocalDate asOf, String note, String before,
                                               List<AdminFlag> flags) {
        DisclosureRevision revision = new DisclosureRevision();
        revision.id = UUID.randomUUID();
        revision.nurseryId = id;
        revision.section = section;
        revision.revision = number;
        revision.content = write(content);
        revision.source = source;
        revision.asOf = asOf;
        revision.recordedBy = caller.id();
        revision.recordedRole = caller.primaryRole();
        revision.recordedAt = clock.instant();
        revision.note = blankToNull(note);
        revision.flags = write(flags);
        return revisions.persist(revision)
                .chain(() -> audit.record(caller, "DISCLOSURE_REVISED:" + section, "nursery", id.toString(), before,
                        revision.content, revision.note == null ? source.name() : source + ": " + revision.note))
                .chain(() -> nurseries.recordPublicChange(List.of(id)))
                .map(x -> toAdmin(revision));
    }

    private AdminRevision toAdmin(DisclosureRevision r) {
        try {
            return new AdminRevision(r.nurseryId, r.section.name(), r.revision, r.asOf, r.source.name(), r.recordedBy,
                    r.recordedRole, r.recordedAt, r.note, json.readTree(r.content), json.readValue(r.flags, FLAG_LIST));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<AdminFlag> ratioFlags(List<Capacity> groups) {
        Map<AgeGroup, int[]> figures = new EnumMap<>(AgeGroup.class);
        groups.forEach(c -> figures.put(c.ageGroup, new int[]{c.enrolled, c.carers}));
        return DisclosureRules.ratioFlags(figures);
    }

    private static List<AdminFlag> permitFlags(List<Permit> rows, LocalDate today) {
        List<AdminFlag> flags = new ArrayList<>();
        for (Permit p : rows) {
            if (p.validUntil == null) {
                continue;
            }
            if (p.validUntil.isBefore(today)) {
                flags.add(new AdminFlag("PERMIT_EXPIRED", "permits[" + p.kind + "]", p.kind.label() + " " + p.number
                        + " expired on " + p.validUntil));
            } else if (!p.validUntil.isAfter(today.plusDays(DisclosureService.PERMIT_EXPIRY_WARNING_DAYS))) {
                flags.add(new AdminFlag("PERMIT_EXPIRES_SOON", "permits[" + p.kind + "]", p.kind.label() + " " + p.number
                        + " expires on " + p.validUntil));
            }
        }
        return flags;
    }

    private static Map<String, Object> capacityContent(List<Capacity> rows) {
        return Map.of("groups", rows.stream().sorted(Comparator.comparing(c -> c.ageGroup)).map(c -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("ageGroup", c.ageGroup);
            g.put("slots", c.slots);
            g.put("enrolled", c.enrolled);
            g.put("classes", c.classes);
            g.put("carers", c.carers);
            g.put("asOf", c.asOf);
            return g;
        }).toList());
    }

    private static Map<String, Object> staffingContent(List<Capacity> groups, Staffing s) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("carers", groups.stream().sorted(Comparator.comparing(c -> c.ageGroup))
                .map(c -> Map.of("ageGroup", c.ageGroup, "carers", c.carers)).toList());
        if (s != null) {
            content.put("healthStaff", s.healthStaff);
            content.put("securityStaff", s.securityStaff);
            content.put("qualifiedShare", s.qualifiedShare);
            content.put("healthCertificateShare", s.healthCertificateShare);
        }
        return content;
    }

    private static Map<String, Object> permitContent(List<Permit> rows) {
        return Map.of("permits", rows.stream().sorted(Comparator.comparing((Permit p) -> p.kind).thenComparing(p -> p.issuedOn))
                .map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", p.kind);
                    m.put("number", p.number);
                    m.put("issuedOn", p.issuedOn);
                    m.put("validUntil", p.validUntil);
                    return m;
                }).toList());
    }

    private static Map<String, Object> feeContent(Fee f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("careType", f.careType);
        m.put("ageGroup", f.ageGroup);
        m.put("amountYuan", f.amountYuan);
        m.put("mealFeeYuan", f.mealFeeYuan);
        m.put("effectiveFrom", f.effectiveFrom);
        return m;
    }

    private static Map<String, Object> guideContent(GuidePrice g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("careType", g.careType);
        m.put("ageGroup", g.ageGroup);
        m.put("amountYuan", g.amountYuan);
        m.put("effectiveFrom", g.effectiveFrom);
        return m;
    }

    private static DisclosureRules.Price price(Fee f) {
        return new DisclosureRules.Price(f.careType, f.ageGroup, f.amountYuan, f.effectiveFrom);
    }

    private static DisclosureRules.Price price(GuidePrice g) {
        return new DisclosureRules.Price(g.careType, g.ageGroup, g.amountYuan, g.effectiveFrom);
    }

    private LocalDate asOf(LocalDate given) {
        LocalDate today = today();
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw unprocessable("Facts cannot hold on a future date.", List.of(new Problem.FieldError("asOf", "must not be in the future")));
        }
        return given;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors);
    }
}
