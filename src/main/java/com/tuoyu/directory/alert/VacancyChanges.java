package com.tuoyu.directory.alert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.disclosure.DisclosureAdminService;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.outbox.OutboxHandler;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import com.tuoyu.directory.platform.text.JsonText;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides who hears of a nursery's new vacancies ({@value DisclosureAdminService#VACANCIES_TOPIC}). A place opens
 * when an age group that had no fresh free place when last looked at (none, or a report older than
 * {@link DisclosureService#VACANCY_FRESHNESS_DAYS} days: unknown) now has one. Each subscription in force whose child
 * may now join an opened group, at a nursery offering its care type, gets one {@link AlertMessages#TOPIC} event.
 *
 * <p>The state "what was open" (table vacancy_alert_state) is locked, compared and replaced in the outbox worker's
 * transaction, together with the events it enqueues: a redelivered announcement finds nothing new and enqueues
 * nothing, and a failed round leaves neither the state nor the events behind.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class VacancyChanges implements OutboxHandler {

    /** What an alert message event carries: the nursery that has a place. No personal data. */
    public record Due(String nurseryId) {
    }

    static final TypeReference<Due> DUE = new TypeReference<>() {
    };

    private final VacancyAlertRepository alerts;
    private final DisclosureService disclosures;
    private final NurseryService nurseries;
    private final Outbox outbox;
    private final AlertConfig config;
    private final JsonText json;
    private final Clock clock;

    @Override
    public String topic() {
        return DisclosureAdminService.VACANCIES_TOPIC;
    }

    @Override
    public Uni<Void> deliver(List<OutboxMessage> messages) {
        List<UUID> ids = messages.stream().map(OutboxMessage::aggregateId).distinct().map(VacancyChanges::uuid)
                .filter(java.util.Objects::nonNull).toList();
        return Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(this::decide)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> decide(UUID nurseryId) {
        Instant now = clock.instant();
        LocalDate freshFrom = LocalDate.now(clock).minusDays(DisclosureService.VACANCY_FRESHNESS_DAYS);
        return lockState(nurseryId, now).chain(before -> disclosures.capacityGroups(List.of(nurseryId)).chain(groups -> {
            Map<AgeGroup, LocalDate> open = new EnumMap<>(AgeGroup.class);
            for (DisclosureSummary.Group group : groups.getOrDefault(nurseryId, List.of())) {
                if (group.slots() > group.enrolled() && !group.asOf().isBefore(freshFrom)) {
                    open.put(group.ageGroup(), group.asOf());
                }
            }
            Set<AgeGroup> opened = EnumSet.noneOf(AgeGroup.class);
            open.keySet().stream().filter(g -> before.get(g) == null || before.get(g).isBefore(freshFrom)).forEach(opened::add);
            Uni<Void> saved = saveState(nurseryId, open, now);
            return opened.isEmpty() ? saved : saved.chain(() -> announce(nurseryId, opened, now));
        }));
    }

    /** Enqueues a message for every subscription in force that the opened groups concern. */
    private Uni<Void> announce(UUID nurseryId, Set<AgeGroup> opened, Instant now) {
        LocalDate today = LocalDate.now(clock);
        return nurseries.findListed(nurseryId).chain(nursery -> {
            if (nursery == null) {
                return Uni.createFrom().voidItem();
            }
            return alerts.activeCovering(nurseryId, nursery.latitude(), config.maxRadiusMetres(), now).chain(candidates -> {
                List<VacancyAlert> concerned = candidates.stream()
                        .filter(a -> covers(a, nursery))
                        .filter(a -> nursery.careTypes().contains(a.careType))
                        .filter(a -> AgeGroup.forChildAgedMonths(ChildAge.monthsOn(a.childBirthMonth, today)).stream()
                                .anyMatch(opened::contains))
                        .toList();
                String payload = json.write(new Due(nurseryId.toString()));
                Uni<Void> done = Uni.createFrom().voidItem();
                for (VacancyAlert alert : concerned) {
                    done = done.chain(() -> outbox.enqueue(AlertMessages.TOPIC, alert.id.toString(), payload));
                }
                return done;
            });
        });
    }

    private static boolean covers(VacancyAlert alert, ListedNursery nursery) {
        if (alert.kind == VacancyAlert.Kind.NURSERY) {
            return nursery.id().equals(alert.nurseryId);
        }
        return new GeoPoint(alert.latitude, alert.longitude).metresTo(new GeoPoint(nursery.latitude(), nursery.longitude()))
                <= alert.radiusMetres;
    }

    /** The groups open when last looked at, with their as-of dates; the row is locked until the transaction ends. */
    private Uni<Map<AgeGroup, LocalDate>> lockState(UUID nurseryId, Instant now) {
        return alerts.getSession().chain(session -> session.createNativeQuery(
                                "insert into vacancy_alert_state (nursery_id, open_groups, updated_at) values (:id, '', :now) "
                                        + "on conflict do nothing")
                        .setParameter("id", nurseryId).setParameter("now", now).executeUpdate()
                        .chain(() -> session.createNativeQuery(
                                        "select open_groups from vacancy_alert_state where nursery_id = :id for update", String.class)
                                .setParameter("id", nurseryId).getSingleResult()))
                .map(VacancyChanges::parse);
    }

    private Uni<Void> saveState(UUID nurseryId, Map<AgeGroup, LocalDate> open, Instant now) {
        return alerts.getSession().chain(session -> session.createNativeQuery(
                        "update vacancy_alert_state set open_groups = :groups, updated_at = :now where nursery_id = :id")
                .setParameter("groups", format(open)).setParameter("now", now).setParameter("id", nurseryId)
                .executeUpdate()).replaceWithVoid();
    }

    static Map<AgeGroup, LocalDate> parse(String text) {
        Map<AgeGroup, LocalDate> open = new EnumMap<>(AgeGroup.class);
        if (text == null || text.isBlank()) {
            return open;
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.split("=", 2);
            try {
                open.put(AgeGroup.valueOf(parts[0]), LocalDate.parse(parts[1]));
            } catch (RuntimeException e) {
                // A group this version does not know: treated as not open, so at worst a parent hears once more.
            }
        }
        return open;
    }

    static String format(Map<AgeGroup, LocalDate> open) {
        return String.join(",", open.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).toList());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
