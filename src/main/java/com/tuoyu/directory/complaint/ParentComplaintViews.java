package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.ParentComplaintOffice;
import com.tuoyu.directory.complaint.dto.ParentComplaintReceipt;
import com.tuoyu.directory.complaint.dto.ParentComplaintSummary;
import com.tuoyu.directory.complaint.dto.ParentComplaintView;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.division.dto.DivisionLabel;
import com.tuoyu.directory.nursery.NurseryGlances;
import com.tuoyu.directory.nursery.dto.NurseryGlance;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Complaints as their parent reads them: names instead of ids, labels beside codes, Beijing times, deadlines in
 * words, and who handles it with their hotline. Internal notes never appear.
 */
@ApplicationScoped
@RequiredArgsConstructor
class ParentComplaintViews {

    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final ComplaintPhotos photos;
    private final NurseryGlances nurseries;
    private final DivisionLabels divisions;
    private final ComplaintConfig config;
    private final Clock clock;

    @WithSession
    Uni<ParentComplaintReceipt> receipt(UUID id) {
        return complaints.findById(id).chain(c -> names(List.of(c)).chain(n -> divisions.of(c.divisionCode).map(county -> {
            Instant now = clock.instant();
            return new ParentComplaintReceipt(c.id, c.trackingNumber, c.status, c.status.text(), c.urgent,
                    AdminComplaintViews.local(c.acceptDueAt), AdminComplaintViews.local(c.resolveDueAt),
                    c.deadlinesProvisional, DeadlineWording.accept(c, config, now), DeadlineWording.resolve(c, config, now),
                    name(c, n), county, office(county));
        })));
    }

    Uni<List<ParentComplaintSummary>> summaries(List<Complaint> list) {
        return names(list).map(n -> list.stream().map(c -> new ParentComplaintSummary(c.id, c.trackingNumber, c.category,
                c.category.text(), c.status, c.status.text(), name(c, n), AdminComplaintViews.local(c.submittedAt),
                c.status.open() ? AdminComplaintViews.local(c.dueAt) : null)).toList());
    }

    Uni<ParentComplaintView> view(Complaint c) {
        Instant now = clock.instant();
        return photos.photoIds(c.id).chain(photoIds -> events.list(
                "complaintId = ?1 and visibleToParent = true order by occurredAt, id", c.id).chain(steps -> names(List.of(c))
                .chain(n -> divisions.of(c.divisionCode).map(county -> new ParentComplaintView(c.id, c.trackingNumber,
                        c.nurseryId, c.facilityName, name(c, n), county, office(county), c.category, c.category.text(),
                        c.status, c.status.text(), c.urgent, c.description, c.incidentDate,
                        AdminComplaintViews.local(c.submittedAt), AdminComplaintViews.local(c.acceptDueAt),
                        AdminComplaintViews.local(c.resolveDueAt), DeadlineWording.accept(c, config, now),
                        DeadlineWording.resolve(c, config, now), c.finding, c.finding == null ? null : c.finding.text(),
                        c.rating == null ? null : c.rating.intValue(), c.ratingComment,
                        c.reopenable(now, config.reopenDays()), photoIds,
                        steps.stream().map(e -> new ParentComplaintView.Step(AdminComplaintViews.local(e.occurredAt),
                                e.action, ComplaintTerms.action(e.action).label(), e.toStatus, e.toStatus.text(),
                                e.publicText)).toList())))));
    }

    /** The office configured for the county, else its health commission and the government service hotline. */
    ParentComplaintOffice office(DivisionLabel county) {
        if (county == null) {
            return null;
        }
        ComplaintConfig.Office office = config.offices().get(county.code());
        return office != null ? new ParentComplaintOffice(office.name(), office.hotline())
                : new ParentComplaintOffice(county.name() + "卫生健康委员会", config.defaultHotline());
    }

    private Uni<Map<UUID, NurseryGlance>> names(List<Complaint> list) {
        return nurseries.of(list.stream().map(c -> c.nurseryId).filter(Objects::nonNull).distinct().toList());
    }

    private static String name(Complaint c, Map<UUID, NurseryGlance> glances) {
        NurseryGlance glance = c.nurseryId == null ? null : glances.get(c.nurseryId);
        return glance != null ? glance.name() : c.facilityName;
    }
}
