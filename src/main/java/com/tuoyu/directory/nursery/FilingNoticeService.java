package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.dto.PublicFilingNotice;
import com.tuoyu.directory.nursery.dto.PublicFilingNotices;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public notices of returned, revoked and closed filings. The authority's 告知 is public whether or not the
 * nursery is ever filed, so notices are read from the filing history, not from the nurseries shown publicly.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FilingNoticeService {

    /** One public decision as the query answers it. */
    private record Decided(FilingEvent event, Filing filing, Nursery nursery) {
    }

    private static final List<FilingStatus> PUBLIC_DECISIONS =
            List.of(FilingStatus.RETURNED, FilingStatus.REVOKED, FilingStatus.CLOSED);

    private final NurseryRepository nurseries;
    private final Clock clock;

    /** Returns, revocations and closures with their public reasons, newest first; optionally within a division. */
    @WithSession
    public Uni<PublicFilingNotices> publicNotices(String division, int page, int size) {
        String hql = "select e, f, n from FilingEvent e, Filing f, Nursery n "
                + "where e.filingId = f.id and f.nurseryId = n.id and e.toStatus in (:decisions)"
                + (division == null ? "" : " and n.divisionCode like :division")
                + " order by e.occurredOn desc, e.recordedAt desc, e.id";
        return nurseries.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, Decided.class).setParameter("decisions", PUBLIC_DECISIONS);
            if (division != null) {
                query.setParameter("division", Caller.codePrefix(division) + "%");
            }
            return query.setFirstResult(page * size).setMaxResults(size).getResultList();
        }).map(rows -> new PublicFilingNotices(LocalDate.now(clock), page, size, rows.stream()
                .map(row -> new PublicFilingNotice(row.nursery().name, row.nursery().operatorName,
                        row.nursery().divisionCode, row.filing().authority, row.event().toStatus,
                        row.event().toStatus.text(), row.event().occurredOn, row.event().reasons))
                .toList()));
    }
}
