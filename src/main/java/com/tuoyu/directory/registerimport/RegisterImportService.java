package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.nursery.FilingService;
import com.tuoyu.directory.nursery.NurseryService;

import com.tuoyu.directory.disclosure.DisclosureAdminService;
import com.tuoyu.directory.fees.FeeAdminService;
import com.tuoyu.directory.fees.InclusiveService;
import com.tuoyu.directory.disclosure.RevisionSource;
import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.fees.dto.AdminFee;
import com.tuoyu.directory.fees.dto.AdminFeeEntry;
import com.tuoyu.directory.fees.dto.AdminInclusiveChange;
import com.tuoyu.directory.disclosure.dto.AdminPermitsUpdate;
import com.tuoyu.directory.disclosure.dto.AdminSafetyUpdate;
import com.tuoyu.directory.disclosure.dto.AdminStaffingUpdate;
import com.tuoyu.directory.registerimport.RegisterSpreadsheet.Sections;
import com.tuoyu.directory.registerimport.RegisterSpreadsheet.StaffFigures;
import com.tuoyu.directory.nursery.dto.AdminNurseryFacts;
import com.tuoyu.directory.nursery.dto.AdminNurseryUpdate;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.registerimport.RegisterSpreadsheet.NurseryRow;
import com.tuoyu.directory.registerimport.RegisterSpreadsheet.Parsed;
import com.tuoyu.directory.registerimport.dto.AdminImportReport;
import com.tuoyu.directory.registerimport.dto.AdminImportRow;
import com.tuoyu.directory.registerimport.dto.AdminImportRow.CellError;
import com.tuoyu.directory.registerimport.dto.AdminImportRow.Outcome;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets;
import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.division.dto.CountyReference;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes in a health commission's register spreadsheet, nursery by nursery: a row creates the nursery whose filing
 * number is new and brings up to date the one already recorded under it. Each nursery row is its own transaction, so
 * a rejected row changes nothing and never stops the good ones.
 */
@ApplicationScoped
public class RegisterImportService {

    private static final Logger LOG = Logger.getLogger(RegisterImportService.class);
    static final String SOURCE = "bulk import";

    private final NurseryService nurseries;
    private final DisclosureAdminService disclosures;
    private final FeeAdminService fees;
    private final InclusiveService inclusive;
    private final FilingService filings;
    private final DivisionService divisions;
    private final AuditLog audit;
    private final Vertx vertx;
    private final Clock clock;

    public RegisterImportService(NurseryService nurseries, FilingService filings, DisclosureAdminService disclosures,
                                 FeeAdminService fees, InclusiveService inclusive, DivisionService divisions,
                                 AuditLog audit, Vertx vertx, Clock clock) {
        this.nurseries = nurseries;
        this.filings = filings;
        this.disclosures = disclosures;
        this.fees = fees;
        this.inclusive = inclusive;
        this.divisions = divisions;
        this.audit = audit;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** Imports a register; the report's messages are in the caller's language. */
    public Uni<AdminImportReport> importRegister(Caller caller, byte[] file, boolean dryRun, Language language) {
        return parse(file).chain(parsed -> store(caller, parsed, dryRun, language));
    }

    /** Reading a spreadsheet of up to 10 MB takes a while: on a worker thread, back on the caller's context. */
    private Uni<Parsed> parse(byte[] file) {
        LocalDate today = LocalDate.now(clock);
        return vertx.executeBlocking(() -> {
                    LOG.infof("Reading a register spreadsheet of %d bytes", file.length);
                    return RegisterSpreadsheet.parse(Spreadsheets.read(file, RegisterSpreadsheet.NURSERIES), today);
                }, false)
                .onFailure(Spreadsheets.UnreadableSpreadsheetException.class)
                // The reader's own reason is in English; the Chinese wording says what to do about it.
                .transform(e -> new ProblemException(ProblemType.UNPROCESSABLE,
                        Text.of("无法读取这个电子表格文件；请检查内容，另存为 .xlsx（或以逗号分隔的 .csv）后重新上传。",
                                e.getMessage())))
                .chain(parsed -> parsed.nurseries().isEmpty()
                        ? Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, Text.of(
                                "文件中没有托育机构行：第一个工作表（或名为 'nurseries' 的工作表）需要一行包含 filing_number、name、"
                                        + "division_code 等的表头，并且每家托育机构一行。",
                                "The file has no nursery rows: the first sheet (or a sheet named 'nurseries') needs a header row "
                                        + "with filing_number, name, division_code... and one row per nursery.")))
                        : Uni.createFrom().item(parsed));
    }

    private Uni<AdminImportReport> store(Caller caller, Parsed parsed, boolean dryRun, Language language) {
        return Panache.withSession(divisions::counties).chain(counties -> {
            Set<String> countyCodes = counties.stream().map(CountyReference::code).collect(Collectors.toSet());
            return Multi.createFrom().iterable(parsed.nurseries())
                    .onItem().transformToUniAndConcatenate(row -> take(caller, row, countyCodes, dryRun, language))
                    .collect().asList();
        }).map(rows -> report(dryRun, rows, parsed.orphanRows().stream().map(o -> o.in(language)).toList()));
    }

    private Uni<AdminImportRow> take(Caller caller, NurseryRow row, Set<String> countyCodes, boolean dryRun,
                                     Language language) {
        if (row.rejected()) {
            return Uni.createFrom().item(rejected(row, row.errors().stream().map(e -> e.in(language)).toList()));
        }
        String division = row.nursery().divisionCode();
        if (!countyCodes.contains(division)) {
            return Uni.createFrom().item(rejected(row, List.of(CellProblem.of("division_code",
                    division + " 不是区划名录中的区县代码", division + " is not a county or district code of the register")
                    .in(language))));
        }
        if (!caller.covers(division)) {
            return Uni.createFrom().item(rejected(row, List.of(CellProblem.of("division_code",
                    division + " 不在您负责的区县范围内", division + " is outside the districts you administer").in(language))));
        }
        Uni<AdminImportRow> work = Panache.withTransaction(() -> nurseries.findIdByFilingNumber(row.filingNumber())
                .chain(existing -> existing == null ? create(caller, row) : update(caller, existing, row))
                .call(outcome -> dryRun ? Panache.currentTransaction().invoke(tx -> tx.markForRollback()) : Uni.createFrom().voidItem()));
        return work
                // A rule's refusal joins the report in the report's language.
                .onFailure(ProblemException.class)
                .recoverWithItem(e -> rejected(row, cellErrors(((ProblemException) e).problem(language))))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("Register import row %d failed: %s", row.rowNumber(), e.getClass().getSimpleName());
                    return rejected(row, List.of(CellProblem.of("row",
                            "这一行未能保存（可能与同时导入的另一家机构冲突）；请重新上传",
                            "the row could not be stored (it may clash with another nursery being imported at the same time); upload it again")
                            .in(language)));
                });
    }

    /**
     * A new nursery: recorded as filed, then each section revised through the same rules as an officer's change
     * (class sizes, carers for every group, a food licence for meals, fees against the guide price), so a row that
     * breaks one of them is refused whole.
     */
    private Uni<AdminImportRow> create(Caller caller, NurseryRow row) {
        NurseryImport n = row.nursery();
        NurseryImport bare = new NurseryImport(n.id(), n.name(), n.operatorName(), n.creditCode(), n.registrationType(),
                n.operatingModel(), false, n.divisionCode(), n.address(), n.latitude(), n.longitude(), n.opensAt(),
                n.closesAt(), n.openDays(), n.contactPhone(), n.careTypes(), false, n.cctvInstalled(),
                n.cctvRetentionDays(), n.securityOnSite(), n.safetyAsOf(), n.filing());
        return nurseries.importNursery(bare)
                .call(id -> audit.record(caller, "NURSERY_IMPORTED", "nursery", id.toString(), null,
                        row.filingNumber(), SOURCE + ", row " + row.rowNumber()))
                .call(id -> sections(caller, id, row, false))
                .replaceWith(accepted(row, Outcome.CREATED));
    }

    /** A nursery already recorded under the filing number: its facts and sections brought to what the row states. */
    private Uni<AdminImportRow> update(Caller caller, UUID id, NurseryRow row) {
        return nurseries.currentVersion(id).chain(before -> filings.get(caller, id)
                .chain(current -> {
                    AdminNurseryFacts facts = factsOf(row.nursery(), current.nursery());
                    return filings.update(caller, id, new AdminNurseryUpdate(current.version(), facts))
                            .chain(() -> sections(caller, id, row, current.nursery().inclusive()));
                })
                .chain(() -> nurseries.currentVersion(id))
                .map(after -> accepted(row, after.equals(before) ? Outcome.UNCHANGED : Outcome.UPDATED)));
    }

    private Uni<Void> sections(Caller caller, UUID id, NurseryRow row, boolean inclusiveNow) {
        Sections s = row.sections();
        NurseryImport n = row.nursery();
        String note = "row " + row.rowNumber();
        Uni<?> chain = Uni.createFrom().voidItem();
        if (!n.mealsProvided()) {
            chain = chain.chain(() -> safety(caller, id, n, s, note));
        }
        if (s.permits() != null) {
            chain = chain.chain(() -> disclosures.revisePermits(caller, id,
                    new AdminPermitsUpdate(s.asOf(), RevisionSource.BULK_IMPORT, note, null, s.permits())));
        }
        if (n.mealsProvided()) {
            chain = chain.chain(() -> safety(caller, id, n, s, note));
        }
        chain = chain.chain(() -> disclosures.reviseCapacity(caller, id,
                new AdminCapacityUpdate(s.asOf(), RevisionSource.BULK_IMPORT, note, null, s.capacity())));
        StaffFigures staff = s.staff() == null ? new StaffFigures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO) : s.staff();
        chain = chain.chain(() -> disclosures.reviseStaffing(caller, id, new AdminStaffingUpdate(s.asOf(),
                RevisionSource.BULK_IMPORT, note, null, s.carers(), staff.healthStaff(), staff.securityStaff(),
                staff.qualifiedShare(), staff.healthCertificateShare())));
        if (s.fees() != null && !s.fees().isEmpty()) {
            chain = chain.chain(() -> fees.feeHistory(caller, id)).chain(recorded -> fees(caller, id, s.fees(), recorded));
        }
        if (n.inclusive() != inclusiveNow) {
            chain = chain.chain(() -> inclusive.setInclusive(caller, id,
                    new AdminInclusiveChange(n.inclusive(), RevisionSource.BULK_IMPORT, note)));
        }
        return chain.replaceWithVoid();
    }

    private Uni<?> safety(Caller caller, UUID id, NurseryImport n, Sections s, String note) {
        return disclosures.reviseSafety(caller, id, new AdminSafetyUpdate(n.safetyAsOf(), RevisionSource.BULK_IMPORT, note,
                null, n.mealsProvided(), n.cctvInstalled(), n.cctvInstalled() ? n.cctvRetentionDays() : null,
                n.securityOnSite()));
    }

    /** Fees are dated entries never overwritten: one already recorded from the same date is kept when equal. */
    private Uni<?> fees(Caller caller, UUID id, List<AdminFeeEntry> entries, List<AdminFee> recorded) {
        Uni<?> chain = Uni.createFrom().voidItem();
        for (AdminFeeEntry entry : entries) {
            AdminFee same = recorded.stream().filter(f -> f.careType() == entry.careType() && f.ageGroup() == entry.ageGroup()
                    && f.effectiveFrom().equals(entry.effectiveFrom())).findFirst().orElse(null);
            if (same != null) {
                if (same.amountYuan() != entry.amountYuan() || !Objects.equals(same.mealFeeYuan(), entry.mealFeeYuan())) {
                    return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT, Text.of(entry.effectiveFrom() + " 起的 "
                            + entry.careType() + " " + entry.ageGroup() + " 收费已登记为 " + same.amountYuan()
                            + " 元；收费不会被覆盖：请从更晚的日期起设定新的收费。", "A " + entry.careType()
                            + " " + entry.ageGroup() + " fee from " + entry.effectiveFrom() + " is recorded as "
                            + same.amountYuan() + " yuan; fees are never overwritten: schedule a new one from a later date.")));
                }
                continue;
            }
            AdminFeeEntry withReason = new AdminFeeEntry(entry.careType(), entry.ageGroup(), entry.amountYuan(),
                    entry.mealFeeYuan(), entry.effectiveFrom(), SOURCE);
            chain = chain.chain(() -> fees.scheduleFee(caller, id, withReason));
        }
        return chain;
    }

    private static AdminNurseryFacts factsOf(NurseryImport row, AdminNurseryFacts current) {
        return new AdminNurseryFacts(row.name(), row.operatorName(), row.creditCode(), row.registrationType(),
                row.operatingModel(), current.inclusive(), row.divisionCode(), row.address(), row.latitude(),
                row.longitude(), CoordinateSystem.WGS84.parameterValue(), row.opensAt(), row.closesAt(), row.openDays(),
                row.contactPhone(), row.careTypes(), current.mealsProvided(), current.cctvInstalled(),
                current.cctvRetentionDays(), current.securityOnSite(), null);
    }

    /** A rule's refusal, told as the cells it concerns: the detail first, then each field it names. */
    private static List<CellError> cellErrors(Problem problem) {
        List<CellError> errors = new ArrayList<>();
        errors.add(new CellError("row", problem.detail()));
        if (problem.errors() != null) {
            problem.errors().forEach(error -> errors.add(new CellError(error.field(), error.message())));
        }
        return errors;
    }

    private static AdminImportRow accepted(NurseryRow row, Outcome outcome) {
        return new AdminImportRow(RegisterSpreadsheet.NURSERIES, row.rowNumber(), row.filingNumber(), outcome, List.of(),
                row.cells());
    }

    private static AdminImportRow rejected(NurseryRow row, List<CellError> errors) {
        return new AdminImportRow(RegisterSpreadsheet.NURSERIES, row.rowNumber(), row.filingNumber(), Outcome.REJECTED, errors,
                row.cells());
    }

    private static AdminImportReport report(boolean dryRun, List<AdminImportRow> nurseryRows, List<AdminImportRow> orphans) {
        List<AdminImportRow> rows = new ArrayList<>(nurseryRows);
        rows.addAll(orphans);
        return new AdminImportReport(dryRun, count(rows, Outcome.CREATED), count(rows, Outcome.UPDATED),
                count(rows, Outcome.UNCHANGED), count(rows, Outcome.REJECTED), rows, RegisterTemplate.headers());
    }

    private static int count(List<AdminImportRow> rows, Outcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
