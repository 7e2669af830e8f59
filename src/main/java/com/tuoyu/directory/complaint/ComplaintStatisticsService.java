package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.complaint.dto.AdminComplaintStatistics;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts, medians, overdue and satisfaction for supervisors, computed in PostgreSQL. */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintStatisticsService {

    private static final String SCOPE = " from complaint where division_code like ?1 and submitted_at >= ?2 and submitted_at < ?3";

    private final ComplaintRepository complaints;
    private final Clock clock;

    @WithSession
    public Uni<AdminComplaintStatistics> statistics(Caller supervisor, String division, LocalDate from, LocalDate to) {
        if (!supervisor.covers(division)) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN, Text.of(
                    "行政区划 " + division + " 不在你的辖区内。", "Division " + division + " is outside your districts.")));
        }
        String prefix = Caller.codePrefix(division) + "%";
        Instant start = from.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        Instant now = clock.instant();
        return complaints.getSession().chain(session -> grouped(session, "category", prefix, start, end)
                .chain(byCategory -> grouped(session, "status", prefix, start, end)
                .chain(byStatus -> grouped(session, "division_code", prefix, start, end)
                .chain(byDivision -> grouped(session, "to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM')", prefix, start, end)
                .chain(byMonth -> session.createNativeQuery("select count(*) filter (where status not in ('RESOLVED', 'REJECTED') and due_at < ?4),"
                                + " percentile_cont(0.5) within group (order by extract(epoch from accepted_at - submitted_at) / 3600) filter (where accepted_at is not null),"
                                + " percentile_cont(0.5) within group (order by extract(epoch from resolved_at - submitted_at) / 3600) filter (where resolved_at is not null),"
                                + " avg(rating), count(rating), count(*) filter (where status = 'RESOLVED' and finding in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED'))"
                                + SCOPE, Object[].class)
                        .setParameter(1, prefix).setParameter(2, start).setParameter(3, end).setParameter(4, now)
                        .getSingleResult()
                        .map(row -> new AdminComplaintStatistics(division, from, to,
                                byStatus.values().stream().mapToLong(Long::longValue).sum(), byCategory, byStatus, byDivision,
                                byMonth, number(row[0]).longValue(), decimal(row[1]), decimal(row[2]), decimal(row[3]),
                                number(row[4]).longValue(), number(row[5]).longValue())))))));
    }

    private static Uni<Map<String, Long>> grouped(Mutiny.Session session, String expression, String prefix, Instant start,
                                                  Instant end) {
        return session.createNativeQuery("select " + expression + ", count(*)" + SCOPE + " group by 1 order by 1", Object[].class)
                .setParameter(1, prefix).setParameter(2, start).setParameter(3, end)
                .getResultList()
                .map(rows -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        counts.put(String.valueOf(row[0]), number(row[1]).longValue());
                    }
                    return counts;
                });
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

}
