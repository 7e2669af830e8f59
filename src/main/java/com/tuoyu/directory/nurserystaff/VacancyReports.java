package com.tuoyu.directory.nurserystaff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.disclosure.DisclosureAdminService;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nurserystaff.dto.AdminVacancyReport;
import com.tuoyu.directory.nurserystaff.dto.AdminVacancyReportRequest;
import com.tuoyu.directory.nurserystaff.dto.VacancyLine;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.platform.text.Texts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A nursery's vacancy reports: each a new dated report, never overwritten. The totals per class revise the capacity
 * section through {@link DisclosureAdminService#reportVacancies} (the one path that writes capacity, so the search
 * projection, the statistics and the vacancy alerts all follow); the split by care type is kept here for the page.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class VacancyReports {

    private static final TypeReference<List<VacancyLine>> LINES = new TypeReference<>() {
    };
    private static final int HISTORY = 50;

    private final VacancyReportRepository reports;
    private final DisclosureAdminService disclosures;
    private final NurseriesInScope scope;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    @WithTransaction
    public Uni<AdminVacancyReport> report(Caller caller, UUID id, AdminVacancyReportRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate reportedOn = request.reportedOn() == null ? today : request.reportedOn();
        return scope.listed(caller, id).chain(n -> {
            List<FieldText> errors = new ArrayList<>();
            if (reportedOn.isAfter(today)) {
                errors.add(FieldText.of("reportedOn", "不能晚于今天", "must not be in the future"));
            } else if (reportedOn.isBefore(today.minusDays(DisclosureService.VACANCY_FRESHNESS_DAYS))) {
                errors.add(FieldText.of("reportedOn", "不能早于 " + DisclosureService.VACANCY_FRESHNESS_DAYS + " 天前：那样的空位已视为未知",
                        "must be within the last " + DisclosureService.VACANCY_FRESHNESS_DAYS + " days: older vacancies count as unknown"));
            }
            Set<String> seen = new HashSet<>();
            Map<AgeGroup, Integer> totals = new EnumMap<>(AgeGroup.class);
            for (int i = 0; i < request.lines().size(); i++) {
                VacancyLine line = request.lines().get(i);
                if (!seen.add(line.ageGroup() + "/" + line.careType())) {
                    errors.add(FieldText.of("lines[" + i + "]", line.ageGroup() + " / " + line.careType() + " 重复填写",
                            line.ageGroup() + " / " + line.careType() + " is listed twice"));
                }
                if (n.careTypes() == null || !n.careTypes().contains(line.careType())) {
                    errors.add(FieldText.of("lines[" + i + "].careType", "本机构未备案提供" + line.careType().label()
                            + "（" + line.careType() + "）", "the nursery does not offer " + line.careType() + " care"));
                }
                totals.merge(line.ageGroup(), line.places(), Integer::sum);
            }
            if (!errors.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("空位报告有误。",
                        "The vacancy report has mistakes."), errors));
            }
            VacancyReport report = new VacancyReport();
            report.id = UUID.randomUUID();
            report.nurseryId = id;
            report.reportedOn = reportedOn;
            report.reportedAt = clock.instant();
            report.reportedBy = caller.id();
            report.lines = json.write(request.lines().stream()
                    .sorted(Comparator.comparing(VacancyLine::ageGroup).thenComparing(VacancyLine::careType)).toList());
            report.note = Texts.blankToNull(request.note());
            return disclosures.reportVacancies(caller, id, reportedOn, totals, report.note)
                    .chain(revision -> reports.persist(report))
                    .call(saved -> audit.record(caller, "VACANCIES_REPORTED", "nursery", id.toString(), null, saved.lines, saved.note))
                    .map(saved -> view(saved, today));
        });
    }

    /** The nursery's reports, newest first (the latest 50). */
    @WithSession
    public Uni<List<AdminVacancyReport>> history(Caller caller, UUID id) {
        LocalDate today = LocalDate.now(clock);
        return scope.disclosedFacts(caller, id).chain(n -> reports.find("nurseryId = ?1 order by reportedAt desc", id)
                .page(0, HISTORY).list()).map(rows -> rows.stream().map(r -> view(r, today)).toList());
    }

    /** Free places of a nursery's latest report by class and care type: vacancy alerts match care types with it. */
    public record CareTypeSplit(LocalDate reportedOn, List<VacancyLine> lines) {
    }

    /** The split of the nursery's latest report, or null when it never reported (its vacancies come from officers). */
    public Uni<CareTypeSplit> latestSplit(UUID nurseryId) {
        return reports.find("nurseryId = ?1 order by reportedAt desc", nurseryId).firstResult()
                .map(r -> r == null ? null : new CareTypeSplit(r.reportedOn, json.read(r.lines, LINES)));
    }

    /** The latest report, or null; the caller has checked who may see it. */
    Uni<AdminVacancyReport> latest(UUID id) {
        return reports.find("nurseryId = ?1 order by reportedAt desc", id).firstResult()
                .map(r -> r == null ? null : view(r, LocalDate.now(clock)));
    }

    /** Whether a report made on that day still tells parents something: the rule search and the page apply to capacity. */
    static boolean current(LocalDate reportedOn, LocalDate today) {
        return !reportedOn.isBefore(today.minusDays(DisclosureService.VACANCY_FRESHNESS_DAYS));
    }

    private AdminVacancyReport view(VacancyReport r, LocalDate today) {
        return new AdminVacancyReport(r.id, r.nurseryId, r.reportedOn, r.reportedAt, r.reportedBy, current(r.reportedOn, today),
                json.read(r.lines, LINES), r.note);
    }
}
