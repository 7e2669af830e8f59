package com.tuoyu.directory.complaint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.complaint.dto.AdminRevealAlert;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.identity.StaffDirectory;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.platform.outbox.OutboxHandler;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Raises the alert the outbox carries when someone revealed more reporters' numbers in a day than the threshold:
 * kept for the county's supervisors, who see it in the console's audit screen (the staff's channel: there is no
 * staff SMS or e-mail in this service). Delivery is idempotent: one alert per person and day.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ContactRevealAlerts implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(ContactRevealAlerts.class);
    static final int LIST_LIMIT = 100;

    private final ContactRevealAlertRepository alerts;
    private final StaffDirectory staff;
    private final DivisionLabels divisions;
    private final ObjectMapper json;
    private final Clock clock;

    @Override
    public String topic() {
        return ContactReveals.ALERT_TOPIC;
    }

    @Override
    public Uni<Void> deliver(List<OutboxMessage> messages) {
        return Multi.createFrom().iterable(messages)
                .onItem().transformToUniAndConcatenate(this::raise)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> raise(OutboxMessage message) {
        ContactReveals.AlertPayload payload;
        try {
            payload = json.readValue(message.payload(), ContactReveals.AlertPayload.class);
        } catch (IOException e) {
            return Uni.createFrom().failure(e);
        }
        return staff.supervisorsCovering(payload.divisionCode()).chain(supervisors -> Panache.withTransaction(() ->
                alerts.getSession().chain(session -> session.createNativeQuery(
                                "insert into contact_reveal_alert (id, handler_id, division_code, day, reveals, threshold, "
                                        + "raised_at, supervisors) values (:id, :handler, :division, :day, :reveals, :threshold, "
                                        + ":raised, :supervisors) on conflict (handler_id, day) do nothing")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("handler", payload.handlerId())
                        .setParameter("division", payload.divisionCode())
                        .setParameter("day", payload.day())
                        .setParameter("reveals", (int) payload.reveals())
                        .setParameter("threshold", payload.threshold())
                        .setParameter("raised", clock.instant())
                        .setParameter("supervisors", supervisors.size())
                        .executeUpdate()))
                .invoke(inserted -> LOG.warnf("Contact reveal alert: account %s revealed %d reporters' numbers on %s "
                                + "(threshold %d); raised for %d supervisors of %s", payload.handlerId(), payload.reveals(),
                        payload.day(), payload.threshold(), supervisors.size(), payload.divisionCode()))
                .replaceWithVoid());
    }

    /** The newest alerts about counties in the supervisor's districts, with the person named. */
    @WithSession
    public Uni<List<AdminRevealAlert>> list(Caller supervisor) {
        return alerts.find("order by raisedAt desc").page(0, 1000).list()
                .map(all -> all.stream().filter(a -> supervisor.covers(a.divisionCode)).limit(LIST_LIMIT).toList())
                .chain(mine -> {
                    Set<String> ids = mine.stream().map(a -> a.handlerId).collect(Collectors.toSet());
                    Set<String> codes = mine.stream().map(a -> a.divisionCode).collect(Collectors.toSet());
                    return staff.members(ids).chain(people -> divisions.of(codes).map(labels -> mine.stream()
                            .map(a -> {
                                StaffMember who = people.get(a.handlerId);
                                return new AdminRevealAlert(a.id.toString(), a.handlerId, who == null ? null : who.name(),
                                        who == null ? null : who.username(), labels.get(a.divisionCode), a.day, a.reveals,
                                        a.threshold, a.raisedAt);
                            }).toList()));
                });
    }
}
