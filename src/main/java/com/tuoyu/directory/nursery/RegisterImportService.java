package com.tuoyu.directory.nursery;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.RegisterSpreadsheet.NurseryRow;
import com.tuoyu.directory.nursery.RegisterSpreadsheet.Parsed;
import com.tuoyu.directory.nursery.dto.AdminImportReport;
import com.tuoyu.directory.nursery.dto.AdminImportRow;
import com.tuoyu.directory.nursery.dto.AdminImportRow.CellError;
import com.tuoyu.directory.nursery.dto.AdminImportRow.Outcome;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.spreadsheet.Spreadsheets;
import com.tuoyu.directory.statistics.DivisionService;
import com.tuoyu.directory.statistics.dto.CountyReference;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private final DisclosureService disclosures;
    private final DivisionService divisions;
    private final AuditLog audit;
    private final Clock clock;

    public RegisterImportService(NurseryService nurseries, DisclosureService disclosures, DivisionService divisions,
                                 AuditLog audit, Clock clock) {
        this.nurseries = nurseries;
        this.disclosures = disclosures;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<AdminImportReport> importRegister(Caller caller, byte[] file, boolean dryRun) {
        Parsed parsed;
        try {
            parsed = RegisterSpreadsheet.parse(Spreadsheets.read(file, RegisterSpreadsheet.NURSERIES), LocalDate.now(clock));
        } catch (Spreadsheets.UnreadableSpreadsheetException e) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, e.getMessage()));
        }
        if (parsed.nurseries().isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE,
                    "The file has no nursery rows: the first sheet (or a sheet named 'nurseries') needs a header row "
                            + "with filing_number, name, division_code... and one row per nursery."));
        }
        return Panache.withSession(divisions::counties).chain(counties -> {
            Set<String> countyCodes = counties.stream().map(CountyReference::code).collect(Collectors.toSet());
            return Multi.createFrom().iterable(parsed.nurseries())
                    .onItem().transformToUniAndConcatenate(row -> take(caller, row, countyCodes, dryRun))
                    .collect().asList();
        }).map(rows -> report(dryRun, rows, parsed.orphanRows()));
    }

    private Uni<AdminImportRow> take(Caller caller, NurseryRow row, Set<String> countyCodes, boolean dryRun) {
        if (row.rejected()) {
            return Uni.createFrom().item(rejected(row, row.errors()));
        }
        String division = row.nursery().divisionCode();
        if (!countyCodes.contains(division)) {
            return Uni.createFrom().item(rejected(row, List.of(new CellError("division_code",
                    division + " is not a county or district code of the register"))));
        }
        if (!caller.covers(division)) {
            return Uni.createFrom().item(rejected(row, List.of(new CellError("division_code",
                    division + " is outside the districts you administer"))));
        }
        return Panache.withTransaction(() -> nurseries.findIdByFilingNumber(row.filingNumber()).chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(rejected(row, List.of(new CellError("filing_number",
                                "a nursery is already recorded under this filing number; updates are not taken yet"))));
                    }
                    if (dryRun) {
                        return Uni.createFrom().item(accepted(row, Outcome.CREATED));
                    }
                    return nurseries.importNursery(row.nursery())
                            .call(id -> disclosures.importDisclosure(id, row.disclosure()))
                            .call(id -> audit.record(caller, "nursery.imported", "nursery", id.toString(), null,
                                    row.filingNumber(), SOURCE + ", row " + row.rowNumber()))
                            .replaceWith(accepted(row, Outcome.CREATED));
                }))
                .onFailure(ProblemException.class).recoverWithItem(e -> rejected(row,
                        List.of(new CellError("row", ((ProblemException) e).problem().detail()))))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("Register import row %d failed: %s", row.rowNumber(), e.getClass().getSimpleName());
                    return rejected(row, List.of(new CellError("row",
                            "the row could not be stored (it may clash with another nursery being imported at the same time); upload it again")));
                });
    }

    private static AdminImportRow accepted(NurseryRow row, Outcome outcome) {
        return new AdminImportRow(RegisterSpreadsheet.NURSERIES, row.rowNumber(), row.filingNumber(), outcome, List.of());
    }

    private static AdminImportRow rejected(NurseryRow row, List<CellError> errors) {
        return new AdminImportRow(RegisterSpreadsheet.NURSERIES, row.rowNumber(), row.filingNumber(), Outcome.REJECTED, errors);
    }

    private static AdminImportReport report(boolean dryRun, List<AdminImportRow> nurseryRows, List<AdminImportRow> orphans) {
        List<AdminImportRow> rows = new ArrayList<>(nurseryRows);
        rows.addAll(orphans);
        return new AdminImportReport(dryRun, count(rows, Outcome.CREATED), count(rows, Outcome.UPDATED),
                count(rows, Outcome.UNCHANGED), count(rows, Outcome.REJECTED), rows);
    }

    private static int count(List<AdminImportRow> rows, Outcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
