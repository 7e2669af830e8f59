package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.supervision.dto.AdminDraw;
import com.tuoyu.directory.supervision.dto.AdminDrawCandidate;
import com.tuoyu.directory.supervision.dto.AdminDrawPick;
import com.tuoyu.directory.supervision.dto.AdminDrawPickIds;
import com.tuoyu.directory.supervision.dto.AdminDrawRequest;
import com.tuoyu.directory.supervision.dto.AdminDrawVerification;
import com.tuoyu.directory.supervision.dto.PublicDrawnNursery;
import com.tuoyu.directory.supervision.dto.PublicInspectionDraw;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.RequestParameters;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 双随机、一公开: draws nurseries of a division at random, weighted by risk, and pairs each with inspectors drawn at
 * random from the roster. The seed, candidates (with weights) and roster are recorded with the picks, so the draw
 * can be recomputed and checked. The public sees that a draw took place at once, and the picks (never the
 * inspectors) only after their visits are recorded, so no nursery is warned of its inspection.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class InspectionDrawService {

    public static final int DEFAULT_INSPECTORS_PER_NURSERY = 2;
    /** How many draws the public list shows. */
    public static final int PUBLIC_LIMIT = 50;

    /** What is stored per candidate and pick (JSON in the draw row). */
    record StoredCandidate(UUID nurseryId, String name, double weight) {
    }

    record StoredPick(UUID nurseryId, List<UUID> inspectorIds) {
    }

    private static final SecureRandom SEEDS = new SecureRandom();

    private final InspectionDrawRepository draws;
    private final InspectionRepository inspections;
    private final RiskService risk;
    private final InspectorRosterService roster;
    private final DivisionService divisions;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    @WithTransaction
    public Uni<AdminDraw> draw(Caller caller, AdminDrawRequest request) {
        String division = request.division();
        if (!caller.covers(division)) {
            return Uni.createFrom().failure(ProblemException.notFound("行政区划 " + division + " 不在你的辖区内。",
                    "Division " + division + " is not one of your districts."));
        }
        int perNursery = request.inspectorsPerNursery() == null ? DEFAULT_INSPECTORS_PER_NURSERY : request.inspectorsPerNursery();
        long seed = request.seed() == null ? SEEDS.nextLong() : request.seed();
        return divisions.names(division)
                .onItem().ifNull().failWith(() -> ProblemException.invalidParameter("division", "不是已知的行政区划", "is not a known division"))
                .chain(() -> risk.scoresIn(division))
                .chain(scores -> roster.eligible(division).chain(inspectors -> {
                    if (scores.isEmpty()) {
                        return Uni.createFrom().failure(ProblemException.conflict("行政区划 " + division + " 没有可抽取的已备案托育机构。",
                                "Division " + division + " has no filed nursery to draw."));
                    }
                    if (inspectors.size() < perNursery) {
                        return Uni.createFrom().failure(ProblemException.conflict(division + " 的检查人员名录只有 "
                                + inspectors.size() + " 名在岗人员；每家托育机构需要 " + perNursery + " 名。", "The roster for " + division + " has "
                                + inspectors.size() + " active inspectors; " + perNursery + " are needed per nursery."));
                    }
                    List<StoredCandidate> candidates = scores.stream()
                            .map(s -> new StoredCandidate(s.nurseryId(), s.name(), s.drawWeight())).toList();
                    List<UUID> rosterIds = inspectors.stream().map(i -> i.id).toList();
                    List<StoredPick> picks = compute(seed, candidates, request.count(), rosterIds, perNursery);
                    InspectionDraw row = new InspectionDraw();
                    row.id = UUID.randomUUID();
                    row.divisionCode = division;
                    row.drawnAt = clock.instant();
                    row.drawnOn = LocalDate.now(clock);
                    row.drawnBy = caller.id();
                    row.seed = seed;
                    row.requestedCount = request.count();
                    row.inspectorsPerNursery = perNursery;
                    row.candidates = json.write(candidates);
                    row.roster = json.write(rosterIds);
                    row.picks = json.write(picks);
                    return draws.persist(row)
                            .call(saved -> audit.record(caller, "INSPECTION_DRAWN", "inspection_draw", saved.id.toString(),
                                    null, "{\"division\":\"" + division + "\",\"seed\":" + seed + ",\"picks\":" + saved.picks + "}",
                                    null))
                            .map(saved -> toAdmin(saved, inspectors));
                }));
    }

    @WithSession
    public Uni<AdminDraw> get(Caller caller, UUID id) {
        return inScope(caller, id).chain(row -> roster.byIds(json.read(row.roster, new TypeReference<List<UUID>>() { }))
                .map(inspectors -> toAdmin(row, inspectors)));
    }

    /** Recomputes the draw from what was recorded and says whether the picks come out the same. */
    @WithSession
    public Uni<AdminDrawVerification> verify(Caller caller, UUID id) {
        return inScope(caller, id).map(row -> {
            List<StoredPick> recorded = json.read(row.picks, new TypeReference<>() { });
            List<StoredPick> recomputed = compute(row.seed, json.read(row.candidates, new TypeReference<>() { }),
                    row.requestedCount, json.read(row.roster, new TypeReference<>() { }), row.inspectorsPerNursery);
            return new AdminDrawVerification(row.id, row.seed, recorded.equals(recomputed), ids(recorded), ids(recomputed));
        });
    }

    /**
     * The latest draws of a division and the divisions inside it, newest first; no inspector is ever named. A draw's
     * nurseries are shown only once it is published: every drawn nursery has a RANDOM inspection dated on or after
     * the draw's day. Two queries for the whole page: the draws, then the random inspections of all their nurseries.
     */
    @WithSession
    public Uni<List<PublicInspectionDraw>> published(String division) {
        return Uni.createFrom().item(() -> RequestParameters.divisionCode("division", division, true))
                .chain(code -> draws.find("divisionCode like ?1 order by drawnAt desc, id", Caller.codePrefix(code) + "%")
                        .page(0, PUBLIC_LIMIT).list())
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(List.<PublicInspectionDraw>of());
                    }
                    Map<UUID, List<StoredPick>> picksByDraw = rows.stream().collect(Collectors.toMap(row -> row.id,
                            row -> json.read(row.picks, new TypeReference<List<StoredPick>>() { })));
                    Set<UUID> drawn = picksByDraw.values().stream().flatMap(List::stream).map(StoredPick::nurseryId)
                            .collect(Collectors.toSet());
                    LocalDate earliest = Collections.min(rows.stream().map(row -> row.drawnOn).toList());
                    return inspections.randomOnOrAfter(drawn, earliest).map(found -> {
                        Map<UUID, List<Inspection>> byNursery = found.stream()
                                .collect(Collectors.groupingBy(i -> i.nurseryId));
                        return rows.stream().map(row -> toPublic(row, picksByDraw.get(row.id), byNursery)).toList();
                    });
                });
    }

    /**
     * A nursery whose filing was revoked or closed after its visit stays in the published draw, by the name it had
     * when drawn and with its result: the result is a public record made while it was filed, the revocation is
     * itself public (filing notices), and leaving it out would publish an incomplete draw that no longer adds up to
     * its count. Its id no longer opens a nursery page. A nursery revoked before its visit can have no inspection
     * recorded, so that draw stays unpublished (its date, division and count remain public).
     */
    private PublicInspectionDraw toPublic(InspectionDraw row, List<StoredPick> picks, Map<UUID, List<Inspection>> byNursery) {
        Map<UUID, String> names = names(row);
        List<PublicDrawnNursery> nurseries = new ArrayList<>(picks.size());
        for (StoredPick pick : picks) {
            // The first random visit on or after the draw's day is the one this draw led to (lists are earliest first).
            Inspection visit = byNursery.getOrDefault(pick.nurseryId(), List.of()).stream()
                    .filter(i -> !i.inspectedOn.isBefore(row.drawnOn)).findFirst().orElse(null);
            if (visit == null) {
                return new PublicInspectionDraw(row.id, row.drawnOn, row.divisionCode, false, picks.size(), null);
            }
            nurseries.add(new PublicDrawnNursery(pick.nurseryId(), names.get(pick.nurseryId()), visit.inspectedOn,
                    visit.result.term()));
        }
        return new PublicInspectionDraw(row.id, row.drawnOn, row.divisionCode, true, picks.size(), nurseries);
    }

    static List<StoredPick> compute(long seed, List<StoredCandidate> candidates, int count, List<UUID> rosterIds,
                                    int perNursery) {
        return WeightedDraw.draw(seed,
                        candidates.stream().map(c -> new WeightedDraw.Candidate(c.nurseryId(), c.weight())).toList(),
                        count, rosterIds, perNursery)
                .stream().map(p -> new StoredPick(p.nurseryId(), p.inspectorIds())).toList();
    }

    private Uni<InspectionDraw> inScope(Caller caller, UUID id) {
        return draws.findById(id).chain(row -> row != null && caller.covers(row.divisionCode)
                ? Uni.createFrom().item(row)
                : Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有抽查 " + id + "。",
                        "There is no inspection draw " + id + " in your districts.")));
    }

    private AdminDraw toAdmin(InspectionDraw row, List<Inspector> inspectors) {
        Map<UUID, Inspector> byId = inspectors.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<StoredCandidate> candidates = json.read(row.candidates, new TypeReference<>() { });
        Map<UUID, String> names = candidates.stream().collect(Collectors.toMap(StoredCandidate::nurseryId, StoredCandidate::name));
        List<StoredPick> picks = json.read(row.picks, new TypeReference<>() { });
        return new AdminDraw(row.id, row.divisionCode, row.drawnAt, row.drawnBy, row.seed, row.requestedCount,
                row.inspectorsPerNursery,
                candidates.stream().map(c -> new AdminDrawCandidate(c.nurseryId(), c.name(), c.weight())).toList(),
                json.read(row.roster, new TypeReference<>() { }),
                picks.stream().map(p -> new AdminDrawPick(p.nurseryId(), names.get(p.nurseryId()),
                        p.inspectorIds().stream().map(byId::get).map(i -> i == null ? null : InspectorRosterService.toAdmin(i))
                                .toList())).toList());
    }

    private Map<UUID, String> names(InspectionDraw row) {
        List<StoredCandidate> candidates = json.read(row.candidates, new TypeReference<>() { });
        return candidates.stream().collect(Collectors.toMap(StoredCandidate::nurseryId, StoredCandidate::name));
    }

    private static List<AdminDrawPickIds> ids(List<StoredPick> picks) {
        return picks.stream().map(p -> new AdminDrawPickIds(p.nurseryId(), p.inspectorIds())).toList();
    }
}
