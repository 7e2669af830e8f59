package com.tuoyu.directory.supervision;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 双随机、一公开: draws nurseries of a division at random, weighted by risk, and pairs each with inspectors drawn at
 * random from the roster. The seed, candidates (with weights) and roster are recorded with the picks, so the draw
 * can be recomputed and checked; the picks (never the inspectors) are published.
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
            return Uni.createFrom().failure(ProblemException.notFound("Division " + division + " is not one of your districts."));
        }
        int perNursery = request.inspectorsPerNursery() == null ? DEFAULT_INSPECTORS_PER_NURSERY : request.inspectorsPerNursery();
        long seed = request.seed() == null ? SEEDS.nextLong() : request.seed();
        return divisions.names(division)
                .onItem().ifNull().failWith(() -> ProblemException.invalidParameter("division", "is not a known division"))
                .chain(() -> risk.scoresIn(division))
                .chain(scores -> roster.eligible(division).chain(inspectors -> {
                    if (scores.isEmpty()) {
                        return Uni.createFrom().failure(ProblemException.conflict(
                                "Division " + division + " has no filed nursery to draw."));
                    }
                    if (inspectors.size() < perNursery) {
                        return Uni.createFrom().failure(ProblemException.conflict("The roster for " + division + " has "
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

    /** The published draws of a division and the divisions inside it, newest first; no inspector is named. */
    @WithSession
    public Uni<List<PublicInspectionDraw>> published(String division) {
        RequestParameters.divisionCode("division", division, true);
        return draws.find("divisionCode like ?1 order by drawnAt desc, id", Caller.codePrefix(division) + "%")
                .page(0, PUBLIC_LIMIT).list()
                .map(rows -> rows.stream().map(row -> {
                    Map<UUID, String> names = names(row);
                    List<StoredPick> picks = json.read(row.picks, new TypeReference<>() { });
                    return new PublicInspectionDraw(row.id, row.drawnOn, row.divisionCode, picks.stream()
                            .map(p -> new PublicDrawnNursery(p.nurseryId(), names.get(p.nurseryId()))).toList());
                }).toList());
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
                : Uni.createFrom().failure(ProblemException.notFound("There is no inspection draw " + id + " in your districts.")));
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
