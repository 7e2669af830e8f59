package com.tuoyu.directory.comparison;

import com.tuoyu.directory.comparison.dto.ComparedNursery;
import com.tuoyu.directory.comparison.dto.ComparedPoint;
import com.tuoyu.directory.comparison.dto.PublicComparison;
import com.tuoyu.directory.complaint.ComplaintService;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.nurserypage.NurseryPageService;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.subsidy.CostChoices;
import com.tuoyu.directory.subsidy.ParentChoice;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 2 to 4 filed nurseries side by side for a child's age. Each column is read off the nursery's public page (fees,
 * cost after subsidies, vacancies, staff, supervision) plus its substantiated complaints of 24 months, so the
 * comparison never says something the page does not.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ComparisonService {

    private final NurseryService nurseries;
    private final NurseryPageService pages;
    private final ComplaintService complaints;
    private final Clock clock;

    /** The point as the client sent it, and its coordinate system. */
    public record From(CoordinateSystem system, double lat, double lng) {
    }

    /**
     * The comparison of the nurseries in the order given. Fails with a not-found problem naming every id that is not
     * a listed nursery (unknown, or its filing is not in force), before anything is compared.
     */
    @WithSession
    public Uni<PublicComparison> compare(List<UUID> ids, CostChoices choices, From from, Language language) {
        LocalDate today = LocalDate.now(clock);
        // One session runs one query at a time, so the nurseries are read in sequence.
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> nurseries.findListed(id))
                .collect().asList()
                .chain(listed -> {
                    List<UUID> missing = ids.stream().filter(id -> listed.stream().noneMatch(n -> n.id().equals(id))).toList();
                    if (!missing.isEmpty()) {
                        String names = String.join("、", missing.stream().map(UUID::toString).toList());
                        return Uni.createFrom().failure(ProblemException.notFound(Text.of(
                                "这些托育机构没有公开，不能比较：" + names + "（不存在，或备案未通过、被退回、撤销或已注销）。",
                                "These nurseries are not listed and cannot be compared: "
                                        + String.join(", ", missing.stream().map(UUID::toString).toList())
                                        + " (unknown, or their filing is not in force: not yet filed, returned, revoked or closed).")));
                    }
                    return Multi.createFrom().iterable(listed)
                            .onItem().transformToUniAndConcatenate(n -> source(n, choices, today, language))
                            .collect().asList()
                            .map(sources -> build(sources, choices, from, today, language));
                });
    }

    private Uni<ComparisonColumns.Source> source(ListedNursery n, CostChoices choices, LocalDate today, Language language) {
        return pages.publicDetail(n.id(), CoordinateSystem.WGS84, choices, language)
                .chain(page -> complaints.substantiatedOutcomes(n.id(), today.minusMonths(24))
                        .map(outcomes -> new ComparisonColumns.Source(page, new GeoPoint(n.latitude(), n.longitude()),
                                outcomes.size())));
    }

    private static PublicComparison build(List<ComparisonColumns.Source> sources, CostChoices choices, From from,
                                          LocalDate today, Language language) {
        GeoPoint point = from == null ? null : from.system().toWgs84(from.lat(), from.lng());
        List<CareType> careTypes = ComparisonColumns.careTypes(sources);
        List<ComparedNursery> columns = sources.stream()
                .map(s -> ComparisonColumns.column(s, careTypes, choices.ageMonths(), point, today)).toList();
        String label = columns.get(0).costEstimate().label();
        return new PublicComparison(today, choices.ageMonths(),
                choices.choices().stream().sorted().map(ParentChoice::parameter).toList(),
                from == null ? null : new ComparedPoint(from.system().parameterValue(), from.lat(), from.lng()),
                label, columns, ComparisonRows.of(columns, careTypes, from != null, language));
    }
}
