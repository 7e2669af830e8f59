package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.platform.text.Texts;
import com.tuoyu.directory.subsidy.dto.AdminSubsidy;
import com.tuoyu.directory.subsidy.dto.AdminSubsidyEntry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Supervisors keep the subsidies of the divisions in their scope (a national supervisor, scoped to 100000, the
 * national ones). Every change is audited with the row before and after. The nursery page and the comparison read
 * subsidies from PostgreSQL when they are asked, so a change shows at once and needs no search re-index.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SubsidyAdminService {

    private final SubsidyRepository subsidies;
    private final DivisionService divisions;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    @WithTransaction
    public Uni<AdminSubsidy> create(Caller caller, AdminSubsidyEntry entry) {
        return checked(caller, entry).chain(() -> {
            Subsidy s = new Subsidy();
            s.id = UUID.randomUUID();
            apply(s, entry);
            s.recordedBy = caller.id();
            s.recordedAt = clock.instant();
            return subsidies.persist(s)
                    .call(saved -> audit.record(caller, "SUBSIDY_CREATED", "subsidy", s.id.toString(), null,
                            json.write(Snapshot.of(s)), null))
                    .map(this::toAdmin);
        });
    }

    @WithTransaction
    public Uni<AdminSubsidy> update(Caller caller, UUID id, AdminSubsidyEntry entry) {
        return inScope(caller, id).chain(s -> checked(caller, entry).chain(() -> {
            String before = json.write(Snapshot.of(s));
            apply(s, entry);
            s.recordedBy = caller.id();
            s.recordedAt = clock.instant();
            return subsidies.flush()
                    .call(() -> audit.record(caller, "SUBSIDY_CHANGED", "subsidy", s.id.toString(), before,
                            json.write(Snapshot.of(s)), null))
                    .map(x -> toAdmin(s));
        }));
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        return inScope(caller, id).chain(s -> subsidies.delete(s)
                .chain(() -> audit.record(caller, "SUBSIDY_DELETED", "subsidy", s.id.toString(),
                        json.write(Snapshot.of(s)), null, null)));
    }

    @WithSession
    public Uni<AdminSubsidy> get(Caller caller, UUID id) {
        return inScope(caller, id).map(this::toAdmin);
    }

    /** Subsidies of a division in the caller's scope and of the divisions inside it. */
    @WithSession
    public Uni<List<AdminSubsidy>> list(Caller caller, String division) {
        if (!caller.covers(division)) {
            return Uni.createFrom().failure(outOfScope(division));
        }
        return subsidies.within(division).map(rows -> rows.stream().map(this::toAdmin).toList());
    }

    /** Not found both when it does not exist and when it lies outside the caller's districts: scope is not disclosed. */
    private Uni<Subsidy> inScope(Caller caller, UUID id) {
        return subsidies.findById(id).chain(s -> s != null && caller.covers(s.divisionCode)
                ? Uni.createFrom().item(s)
                : Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有补贴 " + id + "。",
                        "There is no subsidy " + id + " in your districts.")));
    }

    private Uni<Void> checked(Caller caller, AdminSubsidyEntry entry) {
        if (!caller.covers(entry.divisionCode())) {
            return Uni.createFrom().failure(outOfScope(entry.divisionCode()));
        }
        List<FieldText> errors = new ArrayList<>();
        if (entry.validTo() != null && entry.validTo().isBefore(entry.validFrom())) {
            errors.add(FieldText.of("validTo", "不能早于 validFrom", "must not be before validFrom"));
        }
        if (entry.minAgeMonths() != null && entry.maxAgeMonths() != null && entry.maxAgeMonths() <= entry.minAgeMonths()) {
            errors.add(FieldText.of("maxAgeMonths", "必须大于 minAgeMonths", "must be greater than minAgeMonths"));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.unprocessable(
                    Text.of("补贴的日期或年龄范围不成立。", "The subsidy's dates or age range do not hold together."), errors));
        }
        if (Subsidy.NATIONAL.equals(entry.divisionCode())) {
            return Uni.createFrom().voidItem();
        }
        return divisions.names(entry.divisionCode()).chain(names -> names != null ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.unprocessable(
                        Text.of("没有行政区划 " + entry.divisionCode() + "。", "There is no division " + entry.divisionCode() + "."),
                        List.of(FieldText.of("divisionCode", "必须是 GB/T 2260 行政区划代码或 100000（全国）",
                                "must be a GB/T 2260 division code or 100000 (national)")))));
    }

    private static ProblemException outOfScope(String division) {
        return ProblemException.notFound("你的辖区内没有行政区划 " + division + "。",
                "There is no division " + division + " in your districts.");
    }

    private static void apply(Subsidy s, AdminSubsidyEntry entry) {
        s.divisionCode = entry.divisionCode();
        s.name = entry.name().strip();
        s.nameEn = entry.nameEn().strip();
        s.source = entry.source().strip();
        s.sourceUrl = Texts.blankToNull(entry.sourceUrl());
        s.amountYuan = entry.amountYuan();
        s.period = entry.period();
        s.minAgeMonths = entry.minAgeMonths();
        s.maxAgeMonths = entry.maxAgeMonths();
        s.careTypes = entry.careTypes() == null || entry.careTypes().isEmpty()
                ? EnumSet.noneOf(CareType.class) : EnumSet.copyOf(entry.careTypes());
        s.inclusiveOnly = entry.inclusiveOnly();
        s.parentChoice = entry.parentChoice();
        s.validFrom = entry.validFrom();
        s.validTo = entry.validTo();
    }

    private AdminSubsidy toAdmin(Subsidy s) {
        LocalDate today = LocalDate.now(clock);
        String state = s.validFrom.isAfter(today) ? "SCHEDULED" : s.inForceOn(today) ? "IN_FORCE" : "ENDED";
        return new AdminSubsidy(s.id, s.divisionCode, s.name, s.nameEn, s.source, s.sourceUrl, s.amountYuan, s.period,
                s.monthlyYuan(), s.minAgeMonths, s.maxAgeMonths,
                s.careTypes == null ? List.of() : s.careTypes.stream().sorted().toList(), s.inclusiveOnly,
                s.parentChoice, s.validFrom, s.validTo, state, s.recordedBy, s.recordedAt, s.version);
    }

    /** What an audit line records of a subsidy. */
    private record Snapshot(String divisionCode, String name, String source, int amountYuan, SubsidyPeriod period,
                            Integer minAgeMonths, Integer maxAgeMonths, List<CareType> careTypes, boolean inclusiveOnly,
                            ParentChoice parentChoice, LocalDate validFrom, LocalDate validTo) {

        static Snapshot of(Subsidy s) {
            return new Snapshot(s.divisionCode, s.name, s.source, s.amountYuan, s.period, s.minAgeMonths, s.maxAgeMonths,
                    s.careTypes == null ? List.of() : s.careTypes.stream().sorted().toList(), s.inclusiveOnly,
                    s.parentChoice, s.validFrom, s.validTo);
        }
    }
}
