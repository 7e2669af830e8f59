package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.disclosure.dto.AdminFlag;
import com.tuoyu.directory.disclosure.dto.AdminPermitsUpdate;
import com.tuoyu.directory.disclosure.dto.AdminRevision;
import com.tuoyu.directory.disclosure.dto.AdminSafetyUpdate;
import com.tuoyu.directory.disclosure.dto.AdminStaffingUpdate;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.outbox.Outbox;
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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Disclosure maintenance by filing officers: capacity, staffing, permits and safety. Every change is a new revision
 * (history is never overwritten), audited, and grows the nursery's version with an outbox announcement, all in one
 * transaction, so the public page and the search index follow. Nurseries outside the caller's districts are
 * answered as unknown.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DisclosureAdminService {

    /**
     * Announced (aggregate: the nursery's id) whenever slots, enrolment or their as-of date change, in the same
     * transaction, so the vacancy alerts can tell whether a place opened. Every way a nursery's capacity is written
     * (a filing officer, a register import, a nursery's own vacancy report) goes through {@link #reviseCapacity}.
     */
    public static final String VACANCIES_TOPIC = "vacancies.changed";

    private final CapacityRepository capacities;
    private final StaffingRepository staffing;
    private final PermitRepository permits;
    private final DisclosureRevisions revisions;
    private final NurseriesInScope scope;
    private final NurseryService nurseries;
    private final JsonText json;
    private final Outbox outbox;
    private final Clock clock;

    @WithTransaction
    public Uni<AdminRevision> reviseCapacity(Caller caller, UUID id, AdminCapacityUpdate update) {
        return asOf(update.asOf()).chain(asOf -> {
            List<FieldText> errors = DisclosureRules.capacityErrors(update.groups());
            if (!errors.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("托位与班级部分不符合国家标准。",
                        "The capacity section breaks the national standard."), errors));
            }
            return scope.lockDisclosedFacts(caller, id)
                    .chain(n -> revisions.expect(id, DisclosureSection.CAPACITY, update.expectedRevision()))
                    .chain(current -> capacities.listForNursery(id).chain(old -> {
                        Map<AgeGroup, Integer> carersBefore = old.stream().collect(Collectors.toMap(c -> c.ageGroup, c -> c.carers));
                        String before = json.write(capacityContent(old));
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
                        boolean changed = !before.equals(json.write(capacityContent(rows)));
                        return capacities.delete("nurseryId", id)
                                .chain(() -> capacities.persist(rows))
                                .chain(() -> changed ? outbox.enqueue(VACANCIES_TOPIC, id.toString(), null) : Uni.createFrom().voidItem())
                                .chain(() -> revisions.record(caller, id, DisclosureSection.CAPACITY, current + 1, capacityContent(rows),
                                        update.source(), asOf, update.note(), before, ratioFlags(rows)));
                    }));
        });
    }

    /**
     * A nursery's report of its free places per class: a new capacity revision (source NURSERY_SUBMISSION) made by
     * {@link #reviseCapacity}, the one way capacity is written, with enrolled = slots - free places and the report's
     * date as the section's as-of date, so the 30-day freshness rule of search and the page applies to it unchanged.
     * Slots, classes and carers stay as the officers recorded them. Every class of the section must be reported (a
     * class left out would otherwise look freshly confirmed); more free places than slots are refused (422).
     */
    @WithTransaction
    public Uni<AdminRevision> reportVacancies(Caller caller, UUID id, LocalDate reportedOn, Map<AgeGroup, Integer> freePlaces,
                                              String note) {
        return scope.lockDisclosedFacts(caller, id).chain(n -> capacities.listForNursery(id)).chain(rows -> {
            List<FieldText> errors = new ArrayList<>();
            Set<AgeGroup> held = rows.stream().map(c -> c.ageGroup).collect(Collectors.toSet());
            freePlaces.keySet().stream().filter(g -> !held.contains(g)).sorted().forEach(g -> errors.add(FieldText.of("lines",
                    "本机构没有" + g.label() + "（" + g + "）的托位", "the nursery has no slots in the " + g + " group")));
            rows.stream().sorted(Comparator.comparing(c -> c.ageGroup)).forEach(c -> {
                Integer free = freePlaces.get(c.ageGroup);
                if (free == null) {
                    errors.add(FieldText.of("lines", "缺少" + c.ageGroup.label() + "（" + c.ageGroup + "）：没有空位也请填 0",
                            "the " + c.ageGroup + " group is missing: report 0 when it has no free place"));
                } else if (free > c.slots) {
                    errors.add(FieldText.of("lines", c.ageGroup.label() + "（" + c.ageGroup + "）报告空位 " + free + " 个，超过核定托位 "
                            + c.slots + " 个", c.ageGroup + ": " + free + " free places reported, more than its " + c.slots + " slots"));
                }
            });
            if (rows.isEmpty()) {
                errors.add(FieldText.of("lines", "备案人员尚未登记托位，暂不能报告空位",
                        "no slots are recorded yet: a filing officer records capacity first"));
            }
            if (!errors.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.unprocessable(Text.of(
                        "空位报告与核定托位不符：空位不能多于托位，且每个班型都要报告。",
                        "The vacancy report does not fit the licensed slots: free places cannot exceed slots, and every "
                                + "class must be reported."), errors));
            }
            List<AdminCapacityUpdate.Group> groups = rows.stream().sorted(Comparator.comparing(c -> c.ageGroup))
                    .map(c -> new AdminCapacityUpdate.Group(c.ageGroup, c.slots, c.slots - freePlaces.get(c.ageGroup), c.classes))
                    .toList();
            return reviseCapacity(caller, id, new AdminCapacityUpdate(reportedOn, RevisionSource.NURSERY_SUBMISSION, note, null, groups));
        });
    }

    @WithTransaction
    public Uni<AdminRevision> reviseStaffing(Caller caller, UUID id, AdminStaffingUpdate update) {
        return asOf(update.asOf()).chain(asOf -> {
            return scope.lockDisclosedFacts(caller, id)
                    .chain(n -> revisions.expect(id, DisclosureSection.STAFFING, update.expectedRevision()))
                    .chain(current -> capacities.listForNursery(id).chain(groups -> staffing.findById(id).chain(old -> {
                        List<FieldText> errors = carerErrors(groups, update.carers());
                        if (!errors.isEmpty()) {
                            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of(
                                    "必须为托位部分的每个年龄段各填写一次保育人员数。",
                                    "Carers must be given for every age group of the capacity section, once each."), errors));
                        }
                        String before = json.write(staffingContent(groups, old));
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
                        return saved.chain(() -> revisions.record(caller, id, DisclosureSection.STAFFING, current + 1,
                                staffingContent(groups, row), update.source(), asOf, update.note(), before, ratioFlags(groups)));
                    })));
        });
    }

    private static List<FieldText> carerErrors(List<Capacity> groups, List<AdminStaffingUpdate.GroupCarers> carers) {
        List<FieldText> errors = new ArrayList<>();
        Set<AgeGroup> known = groups.stream().map(c -> c.ageGroup).collect(Collectors.toSet());
        Set<AgeGroup> seen = new HashSet<>();
        for (int i = 0; i < carers.size(); i++) {
            AgeGroup group = carers.get(i).ageGroup();
            if (!known.contains(group)) {
                errors.add(FieldText.of("carers[" + i + "].ageGroup", "托位部分没有 " + group + " 年龄段",
                        "the capacity section has no " + group + " group"));
            } else if (!seen.add(group)) {
                errors.add(FieldText.of("carers[" + i + "].ageGroup", group + " 重复填写", group + " is listed twice"));
            }
        }
        known.stream().filter(g -> !seen.contains(g)).sorted()
                .forEach(g -> errors.add(FieldText.of("carers", "缺少托位部分的 " + g + " 年龄段",
                        "the " + g + " group of the capacity section is missing")));
        return errors;
    }

    @WithTransaction
    public Uni<AdminRevision> revisePermits(Caller caller, UUID id, AdminPermitsUpdate update) {
        return asOf(update.asOf()).chain(asOf -> {
            LocalDate today = LocalDate.now(clock);
            List<FieldText> errors = new ArrayList<>();
            for (int i = 0; i < update.permits().size(); i++) {
                AdminPermitsUpdate.Item p = update.permits().get(i);
                if (p.issuedOn().isAfter(today)) {
                    errors.add(FieldText.of("permits[" + i + "].issuedOn", "不能晚于今天", "must not be in the future"));
                }
                if (p.validUntil() != null && p.validUntil().isBefore(p.issuedOn())) {
                    errors.add(FieldText.of("permits[" + i + "].validUntil", "不能早于 issuedOn", "must not be before issuedOn"));
                }
            }
            if (!errors.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("部分许可证日期前后矛盾。", "Some permit dates are inconsistent."), errors));
            }
            return scope.lockDisclosedFacts(caller, id).chain(n -> {
                if (n.mealsProvided() && update.permits().stream().noneMatch(p -> validFoodLicence(p.kind(), p.issuedOn(), p.validUntil(), today))) {
                    return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("该机构提供餐食，需要今天有效的食品经营许可证；"
                                    + "许可证部分没有。", "The nursery serves meals, so it needs a food business "
                                    + "licence (食品经营许可证) valid today; the permits section has none."),
                            List.of(FieldText.of("permits", "该机构提供餐食，必须包含今天有效的食品经营许可证",
                                    "must include a FOOD_BUSINESS_LICENCE valid today while meals are provided"))));
                }
                return revisions.expect(id, DisclosureSection.PERMITS, update.expectedRevision())
                        .chain(current -> permits.listForNursery(id).chain(old -> {
                            String before = json.write(permitContent(old));
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
                                    .chain(() -> revisions.record(caller, id, DisclosureSection.PERMITS, current + 1, permitContent(rows),
                                            update.source(), asOf, update.note(), before, permitFlags(rows, today)));
                        }));
            });
        });
    }

    @WithTransaction
    public Uni<AdminRevision> reviseSafety(Caller caller, UUID id, AdminSafetyUpdate update) {
        return asOf(update.asOf()).chain(asOf -> {
            LocalDate today = LocalDate.now(clock);
            List<FieldText> errors = DisclosureRules.cctvErrors(update.cctvInstalled(), update.cctvRetentionDays());
            if (!errors.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("视频监控信息前后矛盾。", "The CCTV facts are inconsistent."), errors));
            }
            return scope.lockDisclosedFacts(caller, id)
                    .chain(n -> revisions.expect(id, DisclosureSection.SAFETY, update.expectedRevision()))
                    .chain(current -> permits.listForNursery(id).chain(held -> {
                        if (update.mealsProvided() && held.stream().noneMatch(p -> validFoodLicence(p.kind, p.issuedOn, p.validUntil, today))) {
                            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("提供餐食需要今天有效的食品经营许可证；"
                                            + "请先在许可证部分登记。", "Meals need a food business licence (食品经营许可证) "
                                            + "valid today; record it in the permits section first."),
                                    List.of(FieldText.of("mealsProvided", "提供餐食需要今天有效的食品经营许可证，请先在证照部分登记",
                                            "needs a FOOD_BUSINESS_LICENCE valid today"))));
                        }
                        Map<String, Object> content = new LinkedHashMap<>();
                        content.put("mealsProvided", update.mealsProvided());
                        content.put("cctvInstalled", update.cctvInstalled());
                        content.put("cctvRetentionDays", update.cctvRetentionDays());
                        content.put("securityOnSite", update.securityOnSite());
                        return nurseries.setSafety(id, update.mealsProvided(), update.cctvInstalled(), update.cctvRetentionDays(),
                                        update.securityOnSite(), asOf)
                                .chain(() -> revisions.record(caller, id, DisclosureSection.SAFETY, current + 1, content, update.source(),
                                        asOf, update.note(), null,
                                        DisclosureRules.cctvFlags(update.cctvInstalled(), update.cctvRetentionDays())));
                    }));
        });
    }

    private static boolean validFoodLicence(PermitKind kind, LocalDate issuedOn, LocalDate validUntil, LocalDate today) {
        return kind == PermitKind.FOOD_BUSINESS_LICENCE && !issuedOn.isAfter(today)
                && (validUntil == null || !validUntil.isBefore(today));
    }

    /** Revisions of one section, newest first. */
    @WithSession
    public Uni<List<AdminRevision>> history(Caller caller, UUID id, DisclosureSection section) {
        return scope.disclosedFacts(caller, id).chain(n -> revisions.history(id, section));
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
                flags.add(new AdminFlag("PERMIT_EXPIRED", "permits[" + p.kind + "]", Text.of(
                        p.kind.label() + "（" + p.number + "）已于 " + p.validUntil + " 过期",
                        p.kind.text().en() + " " + p.number + " expired on " + p.validUntil)));
            } else if (!p.validUntil.isAfter(today.plusDays(DisclosureService.PERMIT_EXPIRY_WARNING_DAYS))) {
                flags.add(new AdminFlag("PERMIT_EXPIRES_SOON", "permits[" + p.kind + "]", Text.of(
                        p.kind.label() + "（" + p.number + "）将于 " + p.validUntil + " 到期",
                        p.kind.text().en() + " " + p.number + " expires on " + p.validUntil)));
            }
        }
        return flags;
    }

    // A revision's content is kept as JSON with its keys in this order (and absent keys absent): a register imported
    // again is recognised by comparing that text, so these snapshots stay maps rather than records.
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

    /** The day the facts hold on: today when not given; never a future day. */
    private Uni<LocalDate> asOf(LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        if (given != null && given.isAfter(today)) {
            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("信息不能以将来的日期为准。", "Facts cannot hold on a future date."),
                    List.of(FieldText.of("asOf", "不能晚于今天", "must not be in the future"))));
        }
        return Uni.createFrom().item(given == null ? today : given);
    }
}
