package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.AdminComplaintCounts;
import com.tuoyu.directory.complaint.dto.AdminComplaintPage;
import com.tuoyu.directory.complaint.dto.AdminComplaintRow;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.identity.StaffDirectory;
import com.tuoyu.directory.nursery.NurseryGlances;
import com.tuoyu.directory.nursery.dto.NurseryGlance;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.PublicTerm;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** The handler's queue: a page of rows a handler can choose from, and the counts on its tabs. */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintQueue {

    /** Filters of the queue; null means any. */
    public record Filter(ComplaintStatus status, ComplaintCategory category, String division, Boolean urgent,
                         Boolean overdue, Boolean assignedToMe, Boolean newInformation, int page, int size) {
    }

    private static final List<ComplaintStatus> DECIDED = List.of(ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED);
    private static final int SUMMARY_LENGTH = 40;

    private final ComplaintRepository complaints;
    private final NurseryGlances nurseries;
    private final DivisionLabels divisions;
    private final StaffDirectory staff;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    /** The caller's districts only, urgent first, then by the next deadline. */
    @WithSession
    public Uni<AdminComplaintPage> page(Caller handler, Filter filter) {
        if (handler.scopeDivisions().isEmpty()) {
            return Uni.createFrom().item(new AdminComplaintPage(List.of(), 0, filter.page(), filter.size()));
        }
        Instant now = clock.instant();
        Parameters counted = new Parameters();
        String where = where(handler, filter, counted, now);
        Parameters listed = new Parameters();
        where(handler, filter, listed, now);
        listed.and("decided", DECIDED);
        return complaints.count(where, counted)
                .chain(total -> complaints.find(where + " order by urgent desc, "
                                + "case when status in (:decided) then 1 else 0 end, dueAt, id", listed)
                        .page(Page.of(filter.page(), filter.size())).list()
                        .chain(list -> rows(list, now))
                        .map(rows -> new AdminComplaintPage(rows, total, filter.page(), filter.size())));
    }

    /** The counts for the tabs, in two grouped queries. */
    @WithSession
    public Uni<AdminComplaintCounts> counts(Caller handler, String division) {
        Instant now = clock.instant();
        Parameters parameters = new Parameters();
        String where = where(handler, new Filter(null, null, division, null, null, null, null, 0, 1), parameters, now);
        if (handler.scopeDivisions().isEmpty()) {
            where = "1 = 0";
        }
        String scope = where;
        return complaints.getSession().chain(session -> {
            var byStatus = session.createSelectionQuery("select status, count(*) from Complaint where " + scope
                    + " group by status", Object[].class);
            var open = session.createSelectionQuery("select category, divisionCode, urgent, "
                    + "case when dueAt < :now then true else false end, "
                    + "case when assignee = :me then true else false end, "
                    + "case when newInformationAt is not null then true else false end, count(*) from Complaint where "
                    + scope + " and status not in (:decided) group by 1, 2, 3, 4, 5, 6", Object[].class);
            parameters.map().forEach((k, v) -> {
                byStatus.setParameter(k, v);
                open.setParameter(k, v);
            });
            open.setParameter("now", now).setParameter("me", handler.id()).setParameter("decided", DECIDED);
            return byStatus.getResultList().chain(statuses -> open.getResultList().map(groups -> tally(statuses, groups)));
        }).chain(this::withCountyNames);
    }

    private record Tally(Map<String, Long> byStatus, Map<String, Long> byCategory, Map<String, Long> byCounty,
                         long open, long urgent, long overdue, long mine, long newInformation) {
    }

    private static Tally tally(List<Object[]> statuses, List<Object[]> groups) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        statuses.forEach(row -> byStatus.put(((ComplaintStatus) row[0]).name(), (Long) row[1]));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, Long> byCounty = new TreeMap<>();
        long open = 0;
        long urgent = 0;
        long overdue = 0;
        long mine = 0;
        long newInformation = 0;
        for (Object[] row : groups) {
            long n = (Long) row[6];
            byCategory.merge(((ComplaintCategory) row[0]).name(), n, Long::sum);
            byCounty.merge((String) row[1], n, Long::sum);
            open += n;
            urgent += Boolean.TRUE.equals(row[2]) ? n : 0;
            overdue += Boolean.TRUE.equals(row[3]) ? n : 0;
            mine += Boolean.TRUE.equals(row[4]) ? n : 0;
            newInformation += Boolean.TRUE.equals(row[5]) ? n : 0;
        }
        return new Tally(byStatus, byCategory, byCounty, open, urgent, overdue, mine, newInformation);
    }

    private Uni<AdminComplaintCounts> withCountyNames(Tally t) {
        return divisions.of(t.byCounty().keySet()).map(labels -> new AdminComplaintCounts(t.byStatus(), t.byCategory(),
                t.byCounty().entrySet().stream()
                        .map(e -> new AdminComplaintCounts.County(labels.get(e.getKey()), e.getValue())).toList(),
                t.open(), t.urgent(), t.overdue(), t.mine(), t.newInformation()));
    }

    private static String where(Caller handler, Filter filter, Parameters parameters, Instant now) {
        StringBuilder query = new StringBuilder("(");
        List<String> scopes = handler.scopeDivisions();
        for (int i = 0; i < scopes.size(); i++) {
            query.append(i == 0 ? "" : " or ").append("divisionCode like :scope").append(i);
            parameters.and("scope" + i, Caller.codePrefix(scopes.get(i)) + "%");
        }
        query.append(scopes.isEmpty() ? "1 = 0)" : ")");
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.category() != null) {
            query.append(" and category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.division() != null) {
            query.append(" and divisionCode like :division");
            parameters.and("division", Caller.codePrefix(filter.division()) + "%");
        }
        if (filter.urgent() != null) {
            query.append(" and urgent = :urgent");
            parameters.and("urgent", filter.urgent());
        }
        if (filter.overdue() != null) {
            query.append(filter.overdue() ? " and status not in (:final) and dueAt < :before"
                    : " and (status in (:final) or dueAt >= :before)");
            parameters.and("final", DECIDED).and("before", now);
        }
        if (Boolean.TRUE.equals(filter.assignedToMe())) {
            query.append(" and assignee = :assignee");
            parameters.and("assignee", handler.id());
        }
        if (filter.newInformation() != null) {
            query.append(filter.newInformation() ? " and newInformationAt is not null" : " and newInformationAt is null");
        }
        return query.toString();
    }

    private Uni<List<AdminComplaintRow>> rows(List<Complaint> list, Instant now) {
        List<UUID> nurseryIds = list.stream().map(c -> c.nurseryId).filter(Objects::nonNull).distinct().toList();
        return nurseries.of(nurseryIds).chain(glances -> divisions.of(list.stream().map(c -> c.divisionCode).toList())
                .chain(counties -> staff.members(list.stream().map(c -> c.assignee).toList()).map(members -> {
                    List<AdminComplaintRow> rows = new ArrayList<>();
                    for (Complaint c : list) {
                        NurseryGlance nursery = c.nurseryId == null ? null : glances.get(c.nurseryId);
                        rows.add(new AdminComplaintRow(c.id, c.trackingNumber, c.version, c.nurseryId,
                                nursery == null ? c.facilityName : nursery.name(), counties.get(c.divisionCode),
                                ComplaintTerms.category(c.category), ComplaintTerms.status(c.status), c.urgent,
                                summary(c.description), c.submittedAt.atZone(WorkingTimeLeft.CHINA).toOffsetDateTime(),
                                WorkingTimeLeft.of(c.status, c.dueAt, c.deadlinesProvisional, now, calendar::isWorkingDay),
                                c.newInformationAt != null, ComplaintTerms.assignee(c.assignee, members)));
                    }
                    return rows;
                })));
    }

    static String summary(String description) {
        String oneLine = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= SUMMARY_LENGTH ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }
}
