package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.AdminComplaintStatistics;
import com.tuoyu.directory.complaint.dto.AdminComplaintStatistics.MonthMedians;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.Text;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, medians, overdue and satisfaction for supervisors, computed in PostgreSQL: one grouped query per figure,
 * whatever the number of complaints.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintStatisticsService {

    private static final String SCOPE = " from complaint where division_code like ?1 and submitted_at >= ?2 and submitted_at < ?3";
    private static final String OPEN_PAST_DUE = "status not in ('RESOLVED', 'REJECTED') and due_at < ?4";
    private static final String HOURS_TO_ACCEPT = "percentile_cont(0.5) within group (order by extract(epoch from accepted_at - submitted_at) / 3600) filter (where accepted_at is not null)";
    private static final String HOURS_TO_RESOLVE = "percentile_cont(0.5) within group (order by extract(epoch from resolved_at - submitted_at) / 3600) filter (where resolved_at is not null)";
    private static final String MONTH = "to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM')";

    private final ComplaintRepository complaints;
    private final DivisionLabels labels;
    private final Clock clock;

    /** The query parameters every figure shares: the division's code prefix, the period and now. */
    private record Scope(Mutiny.Session session, String prefix, Instant start, Instant end, Instant now) {

        Uni<List<Object[]>> rows(String select, String rest) {
            var query = session.createNativeQuery("select " + select + SCOPE + rest, Object[].class)
                    .setParameter(1, prefix).setParameter(2, start).setParameter(3, end);
            if (select.contains("?4") || rest.contains("?4")) {
                query.setParameter(4, now);
            }
            return query.getResultList();
        }

        Uni<Map<String, Long>> counts(String expression, String condition) {
            return rows(expression + ", count(*)", (condition == null ? "" : " and " + condition) + " group by 1 order by 1")
                    .map(list -> {
                        Map<String, Long> counts = new LinkedHashMap<>();
                        for (Object[] row : list) {
                            counts.put(String.valueOf(row[0]), number(row[1]).longValue());
                        }
                        return counts;
                    });
        }
    }

    /** What the figures collect into, one query after another (a reactive session runs one at a time). */
    private static final class Figures {
        Map<String, Long> byCategory;
        Map<String, Long> byStatus;
        Map<String, Long> byDivision;
        Map<String, Long> byMonth;
        Map<String, Long> overdueByDivision;
        Map<String, Long> byRating;
        Map<String, MonthMedians> mediansByMonth;
        Object[] totals;
    }

    @WithSession
    public Uni<AdminComplaintStatistics> statistics(Caller supervisor, String division, LocalDate from, LocalDate to) {
        if (!supervisor.covers(division)) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN, Text.of(
                    "行政区划 " + division + " 不在你的辖区内。", "Division " + division + " is outside your districts.")));
        }
        String prefix = Caller.codePrefix(division) + "%";
        Instant start = from.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        Figures f = new Figures();
        return complaints.getSession().chain(session -> {
            Scope scope = new Scope(session, prefix, start, end, clock.instant());
            return scope.counts("category", null).invoke(m -> f.byCategory = m)
                    .chain(() -> scope.counts("status", null)).invoke(m -> f.byStatus = m)
                    .chain(() -> scope.counts("division_code", null)).invoke(m -> f.byDivision = m)
                    .chain(() -> scope.counts(MONTH, null)).invoke(m -> f.byMonth = m)
                    .chain(() -> scope.counts("division_code", OPEN_PAST_DUE)).invoke(m -> f.overdueByDivision = m)
                    .chain(() -> scope.counts("rating", "rating is not null")).invoke(m -> f.byRating = allRatings(m))
                    .chain(() -> scope.rows(MONTH + ", " + HOURS_TO_ACCEPT + ", " + HOURS_TO_RESOLVE, " group by 1 order by 1"))
                    .invoke(rows -> f.mediansByMonth = medians(rows))
                    .chain(() -> scope.rows("count(*) filter (where " + OPEN_PAST_DUE + "), " + HOURS_TO_ACCEPT + ", "
                            + HOURS_TO_RESOLVE + ", avg(rating), count(rating), count(*) filter (where status = 'RESOLVED'"
                            + " and finding in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED'))", ""))
                    .invoke(rows -> f.totals = rows.get(0));
        }).chain(() -> {
            List<String> codes = new ArrayList<>(List.of(division));
            codes.addAll(f.byDivision.keySet());
            return labels.of(codes);
        }).map(names -> {
            Object[] row = f.totals;
            return new AdminComplaintStatistics(division, from, to,
                    f.byStatus.values().stream().mapToLong(Long::longValue).sum(), f.byCategory, f.byStatus, f.byDivision,
                    f.byMonth, number(row[0]).longValue(), f.overdueByDivision, decimal(row[1]), decimal(row[2]),
                    f.mediansByMonth, decimal(row[3]), number(row[4]).longValue(), f.byRating, number(row[5]).longValue(),
                    names);
        });
    }

    /** Every rating from 1 to 5, so a chart of satisfaction always has its five bars. */
    private static Map<String, Long> allRatings(Map<String, Long> counted) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            all.put(String.valueOf(rating), counted.getOrDefault(String.valueOf(rating), 0L));
        }
        return all;
    }

    private static Map<String, MonthMedians> medians(List<Object[]> rows) {
        Map<String, MonthMedians> byMonth = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byMonth.put(String.valueOf(row[0]), new MonthMedians(decimal(row[1]), decimal(row[2])));
        }
        return byMonth;
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
