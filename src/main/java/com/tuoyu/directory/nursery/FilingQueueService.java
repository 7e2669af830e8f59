package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.dto.AdminNurserySummary;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filing officers' list of their districts' nurseries, and the queue of filings awaiting a decision with
 * their deadlines: which one binds depends on whether the materials are complete today, so the list asks the
 * checklist of every pending filing it shows.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FilingQueueService {

    /** Filters of the officers' list; null means any. */
    public record ListFilter(FilingStatus status, String division, Boolean overdue, int page, int size) {
    }

    /** One row of the list as the query answers it. */
    private record Listed(Nursery nursery, Filing filing) {
    }

    /**
     * The list's query: the caller's districts (code prefixes), the status and division filters, and its order.
     * Sorting by deadline happens after the query (a deadline depends on working days and materials), so such a
     * query reads every matching row and pages afterwards.
     */
    private record ListQuery(List<String> scopePrefixes, FilingStatus status, String divisionPrefix, boolean byDeadline) {

        private String hql() {
            StringBuilder hql = new StringBuilder("select n, f from Nursery n, Filing f where f.nurseryId = n.id and (");
            for (int i = 0; i < scopePrefixes.size(); i++) {
                hql.append(i == 0 ? "" : " or ").append("n.divisionCode like :scope").append(i);
            }
            hql.append(")");
            if (status != null) {
                hql.append(" and f.status = :status");
            }
            if (divisionPrefix != null) {
                hql.append(" and n.divisionCode like :division");
            }
            return hql.append(byDeadline ? " order by f.reviewStartedOn, n.id" : " order by n.updatedAt desc, n.id")
                    .toString();
        }

        Mutiny.SelectionQuery<Listed> query(Mutiny.Session session) {
            Mutiny.SelectionQuery<Listed> query = session.createSelectionQuery(hql(), Listed.class);
            for (int i = 0; i < scopePrefixes.size(); i++) {
                query.setParameter("scope" + i, scopePrefixes.get(i));
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (divisionPrefix != null) {
                query.setParameter("division", divisionPrefix);
            }
            return query;
        }
    }

    private final NurseryRepository nurseries;
    private final FilingMaterialRepository materials;
    private final FilingViews views;
    private final Clock clock;

    /**
     * The caller's nurseries, newest change first; while filtering on SUBMITTED or on overdue, by the binding
     * deadline instead, earliest first.
     */
    @WithSession
    public Uni<List<AdminNurserySummary>> list(Caller staff, ListFilter filter) {
        List<String> scopes = staff.scopeDivisions();
        if (scopes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        boolean byDeadline = filter.overdue() != null || filter.status() == FilingStatus.SUBMITTED;
        ListQuery listQuery = new ListQuery(scopes.stream().map(s -> Caller.codePrefix(s) + "%").toList(),
                Boolean.TRUE.equals(filter.overdue()) ? FilingStatus.SUBMITTED : filter.status(),
                filter.division() == null ? null : Caller.codePrefix(filter.division()) + "%", byDeadline);
        Instant now = clock.instant();
        return nurseries.getSession().chain(session -> {
            Mutiny.SelectionQuery<Listed> query = listQuery.query(session);
            if (!byDeadline) {
                query.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size());
            }
            return query.getResultList();
        }).chain(rows -> {
            List<Filing> pending = rows.stream().map(Listed::filing)
                    .filter(f -> f.status == FilingStatus.SUBMITTED).toList();
            return completeness(pending).map(complete -> {
                List<AdminNurserySummary> summaries = rows.stream().map(row -> {
                    Nursery n = row.nursery();
                    Filing f = row.filing();
                    boolean materialsComplete = complete.getOrDefault(f.id, false);
                    FilingDeadlines.Due due = views.due(f, materialsComplete);
                    return new AdminNurserySummary(n.id, n.version, n.name, n.divisionCode, f.status, f.filingNumber,
                            f.submittedOn, f.reviewStartedOn, due == null ? null : due.dueAt(),
                            due != null && due.overdue(now), n.updatedAt,
                            due == null ? null : due.receiptDueAt(), due == null ? null : due.returnDueAt(),
                            due == null ? null : views.workingDaysLeft(due.receiptDueAt()),
                            due == null ? null : views.workingDaysLeft(due.returnDueAt()), materialsComplete);
                }).toList();
                if (!byDeadline) {
                    return summaries;
                }
                return summaries.stream()
                        .filter(s -> filter.overdue() == null || s.overdue() == filter.overdue())
                        .sorted(Comparator.comparing(AdminNurserySummary::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(AdminNurserySummary::id))
                        .skip((long) filter.page() * filter.size()).limit(filter.size())
                        .toList();
            });
        });
    }

    /** Whether each pending filing's materials are complete today, in one round of queries. */
    private Uni<Map<UUID, Boolean>> completeness(List<Filing> pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> filingIds = pending.stream().map(f -> f.id).toList();
        List<UUID> nurseryIds = pending.stream().map(f -> f.nurseryId).toList();
        return nurseries.list("id in ?1", nurseryIds).chain(nurseryList -> materials.list("filingId in ?1", filingIds)
                .map(documents -> {
                    Map<UUID, Nursery> byId = nurseryList.stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
                    Map<UUID, List<FilingMaterial>> byFiling = documents.stream().collect(Collectors.groupingBy(d -> d.filingId));
                    Map<UUID, Boolean> complete = new HashMap<>();
                    for (Filing f : pending) {
                        complete.put(f.id, MaterialChecklist.complete(FilingViews.checklist(byId.get(f.nurseryId),
                                byFiling.getOrDefault(f.id, List.of()), today)));
                    }
                    return complete;
                }));
    }
}
