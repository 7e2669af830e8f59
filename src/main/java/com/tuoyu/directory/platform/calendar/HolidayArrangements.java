package com.tuoyu.directory.platform.calendar;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.calendar.dto.AdminCalendarYear;
import com.tuoyu.directory.platform.calendar.dto.AdminHolidayArrangement;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Supervisors load a year's holiday arrangement once the State Council publishes it; it is kept in PostgreSQL and
 * every replica re-reads it on a short interval ({@code nursery.calendar.refresh-interval}), the one that loaded it
 * at once.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class HolidayArrangements {

    private static final Logger LOG = Logger.getLogger(HolidayArrangements.class);

    private final LoadedArrangementRepository rows;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final CalendarConfig config;
    private final Clock clock;
    private final Instance<ProvisionalDeadlines> deadlines;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile long timer = -1;

    void start(@Observes StartupEvent event, Vertx vertx) {
        Runnable round = () -> {
            if (!refreshing.compareAndSet(false, true)) {
                return;
            }
            Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> refresh().subscribe().with(
                    count -> refreshing.set(false),
                    failure -> {
                        refreshing.set(false);
                        LOG.warnf("Reading the loaded holiday arrangements failed (%s); the calendar keeps what it had",
                                failure.getClass().getSimpleName());
                    }));
        };
        vertx.setTimer(1, id -> round.run());
        timer = vertx.setPeriodic(Math.max(100, config.refreshInterval().toMillis()), id -> round.run());
    }

    void stop(@Observes ShutdownEvent event, Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Reads every loaded arrangement into the calendar; answers how many there are. */
    public Uni<Integer> refresh() {
        return Panache.withSession(() -> rows.listAll()).map(list -> {
            List<HolidayArrangement> arrangements = new ArrayList<>();
            for (LoadedArrangement row : list) {
                arrangements.add(parse(row));
            }
            calendar.useLoaded(arrangements);
            return arrangements.size();
        });
    }

    /** The arrangement the calendar uses for a year, and where it comes from. */
    @WithSession
    public Uni<AdminCalendarYear> year(int year) {
        return rows.findById(year).map(row -> {
            if (row != null) {
                return view(parse(row), WorkingDayCalendar.Origin.LOADED, row, null);
            }
            return calendar.arrangement(year).filter(a -> calendar.origin(year) == WorkingDayCalendar.Origin.FILE)
                    .map(a -> view(a, WorkingDayCalendar.Origin.FILE, null, null))
                    .orElse(new AdminCalendarYear(year, false, WorkingDayCalendar.Origin.NONE.name(), null, null, List.of(), List.of(), null));
        });
    }

    /** Loads (or replaces) a year's arrangement; audited with the previous one. */
    public Uni<AdminCalendarYear> load(Caller supervisor, int year, AdminHolidayArrangement request, boolean dryRun) {
        HolidayArrangement arrangement = new HolidayArrangement(year, request.source().strip(),
                request.holidays().stream().map(h -> new HolidayArrangement.Holiday(h.name().strip(), h.from(), h.to())).toList(),
                request.makeUpWorkingDays().stream().map(d -> new HolidayArrangement.MakeUpDay(d.name().strip(), d.date())).toList());
        Map<String, Text> problems = arrangement.problems();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.VALIDATION, Text.of(
                    year + " 年的节假日安排前后矛盾。", "The holiday arrangement for " + year + " is not consistent."),
                    problems.entrySet().stream().map(p -> new FieldText(p.getKey(), p.getValue())).toList()));
        }
        HolidayArrangement sorted = arrangement.sorted();
        List<AdminCalendarYear.DayChange> changes = DayKinds.changes(calendar.arrangement(year), sorted);
        if (dryRun) {
            return Uni.createFrom().item(view(sorted, calendar.origin(year), null, changes));
        }
        String json = write(sorted);
        return Panache.withTransaction(() -> rows.findById(year).chain(existing -> {
            String before = existing == null ? null : existing.source;
            LoadedArrangement row = existing != null ? existing : new LoadedArrangement();
            row.year = year;
            row.source = sorted.source();
            row.arrangement = json;
            row.loadedAt = clock.instant();
            row.loadedBy = supervisor.id();
            Uni<LoadedArrangement> saved = existing != null ? Uni.createFrom().item(row) : rows.persist(row);
            return saved.call(() -> audit.record(supervisor, "HOLIDAY_ARRANGEMENT_LOADED", "holiday_arrangement",
                    String.valueOf(year), before, sorted.source(), null));
        })).invoke(row -> calendar.useLoaded(sorted))
                .call(row -> recomputeDeadlines(year))
                .map(row -> view(sorted, WorkingDayCalendar.Origin.LOADED, row, changes));
    }

    /** Each feature's provisional deadlines, one after another; a failure is logged, the load stands. */
    private Uni<Void> recomputeDeadlines(int year) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ProvisionalDeadlines holder : deadlines) {
            all = all.chain(() -> holder.recompute(year).onFailure().recoverWithItem(failure -> {
                LOG.warnf("Recomputing provisional deadlines for %d failed (%s)", year, failure.getClass().getSimpleName());
                return 0;
            }).replaceWithVoid());
        }
        return all;
    }

    private static AdminCalendarYear view(HolidayArrangement a, WorkingDayCalendar.Origin origin, LoadedArrangement row,
                                          List<AdminCalendarYear.DayChange> changes) {
        return new AdminCalendarYear(a.year(), true, origin.name(), a.source(), row == null ? null : row.loadedAt,
                a.holidays().stream().map(h -> new AdminHolidayArrangement.Holiday(h.name(), h.from(), h.to())).toList(),
                a.makeUpWorkingDays().stream().map(d -> new AdminHolidayArrangement.MakeUpDay(d.name(), d.date())).toList(),
                changes);
    }

    private static HolidayArrangement parse(LoadedArrangement row) {
        try {
            return WorkingDayCalendar.JSON.readValue(row.arrangement, HolidayArrangement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored holiday arrangement for " + row.year + " is unreadable", e);
        }
    }

    private static String write(HolidayArrangement arrangement) {
        try {
            return WorkingDayCalendar.JSON.writeValueAsString(arrangement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
