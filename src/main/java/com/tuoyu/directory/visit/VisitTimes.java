package com.tuoyu.directory.visit;

import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.visit.dto.AdminVisitTimeCreate;
import com.tuoyu.directory.visit.dto.VisitTimeView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The times a nursery offers for visits: kept by its own staff, read by parents. */
@ApplicationScoped
@RequiredArgsConstructor
public class VisitTimes {

    private final VisitTimeRepository times;
    private final NurseriesInScope scope;
    private final NurseryService nurseries;
    private final Clock clock;

    @WithTransaction
    public Uni<List<VisitTimeView>> offer(Caller caller, UUID nurseryId, AdminVisitTimeCreate create) {
        if (!create.startsAt().toInstant().isAfter(clock.instant())) {
            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("参观时间必须在将来。",
                    "A visit time must lie in the future."), List.of(FieldText.of("startsAt", "必须晚于现在", "must be in the future"))));
        }
        return scope.lockDisclosedFacts(caller, nurseryId).chain(n -> {
            VisitTime time = new VisitTime();
            time.id = UUID.randomUUID();
            time.nurseryId = nurseryId;
            time.startsAt = create.startsAt().toInstant();
            time.minutes = create.minutes();
            time.createdAt = clock.instant();
            return times.persist(time);
        }).chain(() -> upcoming(nurseryId));
    }

    @WithTransaction
    public Uni<List<VisitTimeView>> withdraw(Caller caller, UUID nurseryId, UUID timeId) {
        return scope.lockDisclosedFacts(caller, nurseryId).chain(n -> offered(nurseryId, timeId))
                .invoke(time -> time.withdrawn = true)
                .chain(() -> upcoming(nurseryId));
    }

    /** The nursery's upcoming times, for its own staff. */
    @WithSession
    public Uni<List<VisitTimeView>> forStaff(Caller caller, UUID nurseryId) {
        return scope.disclosedFacts(caller, nurseryId).chain(n -> upcoming(nurseryId));
    }

    /** The upcoming times of a listed nursery, for parents; an unlisted nursery answers 404. */
    @WithSession
    public Uni<List<VisitTimeView>> forParents(UUID nurseryId) {
        return nurseries.findListed(nurseryId).chain(n -> n == null
                ? Uni.createFrom().failure(ProblemException.notFound("没有编号为 " + nurseryId + " 的已备案托育机构。",
                        "There is no filed nursery with id " + nurseryId + "."))
                : upcoming(nurseryId));
    }

    /** A time the nursery offers, not withdrawn; else a not-found problem. */
    Uni<VisitTime> offered(UUID nurseryId, UUID timeId) {
        return times.find("id = ?1 and nurseryId = ?2 and withdrawn = false", timeId, nurseryId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("这家托育机构没有提供参观时间 " + timeId + "。",
                        "This nursery offers no visit time " + timeId + "."));
    }

    private Uni<List<VisitTimeView>> upcoming(UUID nurseryId) {
        return times.list("nurseryId = ?1 and withdrawn = false and startsAt > ?2 order by startsAt", nurseryId, clock.instant())
                .map(rows -> rows.stream().map(t -> new VisitTimeView(t.id, t.startsAt, t.minutes)).toList());
    }
}
