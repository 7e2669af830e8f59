package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.calendar.ProvisionalDeadlines;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When a year's holiday arrangement is loaded, open complaints whose deadlines were provisional and reach into that
 * year get them computed again from when they were received, so a deadline that would have fallen on a holiday moves
 * past it (and one counted over a make-up working day moves earlier). A reopened complaint's resolution deadline
 * counts from the reopening, which is not stored apart, so those are left as they are.
 */
@ApplicationScoped
@RequiredArgsConstructor
class ComplaintDeadlineRecompute implements ProvisionalDeadlines {

    private final ComplaintRepository complaints;
    private final ComplaintService deadlines;

    @Override
    public Uni<Integer> recompute(int year) {
        Instant yearStarts = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant();
        return Panache.withTransaction(() -> complaints.list("deadlinesProvisional = true and reopenCount = 0 "
                        + "and status in ?1 and resolveDueAt >= ?2", List.of(ComplaintStatus.SUBMITTED,
                        ComplaintStatus.ACCEPTED, ComplaintStatus.INFO_REQUESTED, ComplaintStatus.ESCALATED), yearStarts)
                .map(list -> {
                    int moved = 0;
                    for (Complaint c : list) {
                        Instant before = c.dueAt;
                        deadlines.setDeadlines(c, c.submittedAt);
                        c.dueAt = c.status == ComplaintStatus.SUBMITTED ? c.acceptDueAt : c.resolveDueAt;
                        moved += c.dueAt.equals(before) ? 0 : 1;
                    }
                    return moved;
                }));
    }
}
