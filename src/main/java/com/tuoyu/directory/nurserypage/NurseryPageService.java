package com.tuoyu.directory.nurserypage;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.complaint.ComplaintService;
import com.tuoyu.directory.complaint.dto.PublicComplaintOutcome;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.PublicSections;
import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.division.dto.DivisionNames;
import com.tuoyu.directory.fees.FeeService;
import com.tuoyu.directory.fees.dto.PublicFees;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.nurserystaff.PublicProfiles;
import com.tuoyu.directory.nurserystaff.dto.PublicNurseryProfile;
import com.tuoyu.directory.nurserypage.dto.PublicLocation;
import com.tuoyu.directory.nurserypage.dto.PublicNurseryDetail;
import com.tuoyu.directory.nurserypage.dto.PublicNurseryFiling;
import com.tuoyu.directory.nurserypage.dto.PublicOpeningHours;
import com.tuoyu.directory.nurserypage.dto.PublicServices;
import com.tuoyu.directory.nurserypage.dto.PublicTimeline;
import com.tuoyu.directory.nurserypage.dto.PublicTimelineEntry;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.subsidy.CostChoices;
import com.tuoyu.directory.subsidy.SubsidyService;
import com.tuoyu.directory.subsidy.dto.PublicCostEstimate;
import com.tuoyu.directory.supervision.SupervisionService;
import com.tuoyu.directory.supervision.dto.PublicSupervisionRecords;
import com.tuoyu.directory.supervision.dto.SupervisionEvent;
import com.tuoyu.directory.platform.overload.EndpointFamily;
import com.tuoyu.directory.platform.overload.ShedsLoad;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The public page of a filed nursery (信息公示): its facts, the disclosed sections, fees, supervision records and
 * substantiated complaints, each read through its own feature, and one timeline of all of them.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryPageService {

    private final NurseryService nurseries;
    private final DivisionService divisions;
    private final DisclosureService disclosures;
    private final FeeService fees;
    private final SupervisionService supervision;
    private final ComplaintService complaints;
    private final SubsidyService subsidies;
    private final PublicProfiles profiles;
    private final Clock clock;

    /** What the page is built from. */
    private record Parts(ListedNursery nursery, DivisionNames division, PublicSections sections, PublicFees fees,
                         List<PublicComplaintOutcome> complaints, PublicSupervisionRecords supervision,
                         PublicCostEstimate cost, PublicNurseryProfile profile) {
    }

    /**
     * The full public disclosure of a nursery whose filing is in force, with coordinates in the given system.
     * The cost estimate is made for the child and the choices the parent sent, worded in their language.
     * Fails with a not-found problem for an unknown nursery or one whose filing is not in force. Builds are bounded
     * (ten queries each): beyond the limits of {@code nursery.overload.detail} a build is refused with a 503, while
     * pages already cached ({@link NurseryPages}) are answered whatever the load.
     */
    @WithSession
    @ShedsLoad(EndpointFamily.NURSERY_DETAIL)
    public Uni<PublicNurseryDetail> publicDetail(UUID id, CoordinateSystem coordinateSystem, CostChoices choices,
                                                 Language language) {
        LocalDate today = LocalDate.now(clock);
        return nurseries.findListed(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "没有编号为 " + id + " 的已备案托育机构。只有备案有效的托育机构才会公开。",
                        "There is no filed nursery with id " + id + ". Only nurseries whose filing is in force are public."))
                .chain(n -> load(n, today, choices, language))
                .map(parts -> toPublicDetail(parts, coordinateSystem, today));
    }

    /** The session runs one query at a time, so the parts load in sequence. */
    private Uni<Parts> load(ListedNursery n, LocalDate today, CostChoices choices, Language language) {
        return divisions.names(n.divisionCode())
                .chain(names -> disclosures.publicSections(n, today)
                        .chain(sections -> fees.publicFees(n.id(), n.divisionCode(), today)
                                .chain(feeSchedule -> complaints.substantiatedOutcomes(n.id(), today.minusMonths(12))
                                        .chain(outcomes -> supervision.publicRecords(n.id(), today, outcomes.size())
                                                .chain(records -> subsidies.estimate(
                                                        new SubsidyService.NurseryTerms(n.divisionCode(), n.inclusive()),
                                                        feeSchedule, choices, today, language)
                                                        .chain(cost -> profiles.publicProfile(n.id(), today)
                                                                .map(profile -> new Parts(n, names, sections, feeSchedule,
                                                                        outcomes, records, cost, profile))))))));
    }

    private static PublicNurseryDetail toPublicDetail(Parts p, CoordinateSystem system, LocalDate today) {
        ListedNursery n = p.nursery();
        ListedNursery.PublicFiling f = n.filing();
        GeoPoint point = system.fromWgs84(n.latitude(), n.longitude()).rounded();
        DivisionNames names = p.division();
        PublicSections sections = p.sections();
        return new PublicNurseryDetail(
                n.id(), today, n.name(), n.operatorName(),
                n.registrationType().term(),
                n.operatingModel().term(),
                n.inclusive(),
                new PublicNurseryFiling(today, f.filingNumber(), f.filedOn(), f.submittedOn(), f.authority(),
                        f.status().term()),
                new PublicLocation(today, n.address(), n.divisionCode(),
                        names == null ? null : names.countyName(), names == null ? null : names.cityName(),
                        names == null ? null : names.provinceName(),
                        system.parameterValue(), point.latitude(), point.longitude()),
                new PublicOpeningHours(today, n.opensAt(), n.closesAt(),
                        n.openDays() == null ? List.of() : n.openDays().stream().sorted().toList()),
                n.contactPhone(),
                new PublicServices(today, n.careTypes() == null ? List.of() : n.careTypes().stream().sorted()
                        .map(c -> c.term()).toList(), n.mealsProvided()),
                sections.capacity(),
                sections.staff(),
                sections.permits(),
                sections.missingPermits(),
                p.fees(),
                p.cost(),
                p.supervision().supervision(),
                sections.safety(),
                new PublicTimeline(today, timeline(p)),
                p.profile());
    }

    private static List<PublicTimelineEntry> timeline(Parts p) {
        record Dated(LocalDate date, TimelineKind kind, String summary, String summaryEn) {
        }
        List<Dated> events = new ArrayList<>();
        ListedNursery.PublicFiling filing = p.nursery().filing();
        for (ListedNursery.FilingMilestone m : p.nursery().filingHistory()) {
            events.add(new Dated(m.on(), TimelineKind.FILING, filingSummary(m, filing), filingSummaryEn(m, filing)));
        }
        for (SupervisionEvent e : p.supervision().events()) {
            events.add(new Dated(e.date(), TimelineKind.valueOf(e.kind()), e.summary(), e.summaryEn()));
        }
        for (PublicComplaintOutcome o : p.complaints()) {
            boolean partly = o.finding().name().startsWith("PARTLY");
            events.add(new Dated(o.resolvedOn(), TimelineKind.COMPLAINT,
                    "投诉经核实" + (partly ? "部分属实" : "属实") + "：" + o.category().label(),
                    "Complaint found " + (partly ? "partly " : "") + "substantiated: " + o.category().text().en()));
        }
        // Newest first; on the same day, later steps of a process (a penalty after its inspection) come first.
        return events.stream()
                .sorted(Comparator.comparing(Dated::date).reversed()
                        .thenComparing(Comparator.comparing(Dated::kind).reversed())
                        .thenComparing(Dated::summary))
                .map(d -> new PublicTimelineEntry(d.date(), d.kind().term(), Text.of(d.summary(), d.summaryEn()),
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

}
