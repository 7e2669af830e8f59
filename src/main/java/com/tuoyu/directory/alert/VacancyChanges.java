package com.tuoyu.directory.alert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.disclosure.DisclosureAdminService;
import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.nurserystaff.VacancyReports;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides who hears of a nursery's new vacancies ({@value DisclosureAdminService#VACANCIES_TOPIC}). A place opens
 * when a class that had no fresh free place when last looked at (none, or a report older than
 * {@link DisclosureService#VACANCY_FRESHNESS_DAYS} days: unknown) now has one. When the nursery's own report
 * ({@link VacancyReports}) set the class's figures, its places are told apart by care type, and only a parent
 * asking for that care type hears of them; places an officer recorded (no care type) concern any care type the
 * nursery offers. Each subscription in force whose child may now join an opened class gets one
 * {@link AlertMessages#TOPIC} event.
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
    private final VacancyReports reports;
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
        return lockState(nurseryId, now).chain(before -> disclosures.capacityGroups(List.of(nurseryId))
                .chain(groups -> reports.latestSplit(nurseryId).chain(split -> {
                    Map<Place, LocalDate> open = open(groups.getOrDefault(nurseryId, List.of()), split, freshFrom);
                    Set<Place> opened = new HashSet<>();
                    open.keySet().stream().filter(p -> before.get(p) == null || before.get(p).isBefore(freshFrom))
                            .forEach(opened::add);
                    Uni<Void> saved = saveState(nurseryId, open, now);
                    return opened.isEmpty() ? saved : saved.chain(() -> announce(nurseryId, opened, now));
                })));
    }

    /** The fresh free places by class, told apart by care type where the nursery's own report set the figures. */
    private static Map<Place, LocalDate> open(List<DisclosureSummary.Group> groups, VacancyReports.CareTypeSplit split,
                                              LocalDate freshFrom) {
        Map<Place, LocalDate> open = new HashMap<>();
        for (DisclosureSummary.Group group : groups) {
            if (group.slots() <= group.enrolled() || group.asOf().isBefore(freshFrom)) {
                continue;
            }
            boolean reported = split != null && split.reportedOn().equals(group.asOf());
            if (!reported) {
                open.put(new Place(group.ageGroup(), null), group.asOf());
                continue;
            }
            split.lines().stream().filter(l -> l.ageGroup() == group.ageGroup() && l.places() > 0)
                    .forEach(l -> open.put(new Place(group.ageGroup(), l.careType()), group.asOf()));
        }
        return open;
    }

    /** Enqueues a message for every subscription in force that the opened places concern. */
    private Uni<Void> announce(UUID nurseryId, Set<Place> opened, Instant now) {
        LocalDate today = LocalDate.now(clock);
        return nurseries.findListed(nurseryId).chain(nursery -> {
            if (nursery == null) {
                return Uni.createFrom().voidItem();
            }
            return alerts.activeCovering(nurseryId, nursery.latitude(), config.maxRadiusMetres(), now).chain(candidates -> {
                List<VacancyAlert> concerned = candidates.stream()
                        .filter(a -> covers(a, nursery))
                        .filter(a -> {
                            Set<AgeGroup> joins = AgeGroup.forChildAgedMonths(ChildAge.monthsOn(a.childBirthMonth, today));
                            return opened.stream().anyMatch(p -> joins.contains(p.group()) && p.suits(a.careType, nursery));
                        })
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

    /** Free places of a class, for one care type, or for any the nursery offers ({@code careType} null). */
    record Place(AgeGroup group, CareType careType) {

        boolean suits(CareType wanted, ListedNursery nursery) {
            return careType == null ? nursery.careTypes().contains(wanted) : careType == wanted;
        }

        String key() {
            return careType == null ? group.name() : group.name() + "/" + careType.name();
        }

        /** The stored form; a class or care type this version does not know is null (at worst a parent hears once more). */
        static Place parse(String key) {
            String[] parts = key.split("/", 2);
            try {
                return new Place(AgeGroup.valueOf(parts[0]), parts.length == 2 ? CareType.valueOf(parts[1]) : null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private static boolean covers(VacancyAlert alert, ListedNursery nursery) {
        if (alert.kind == VacancyAlert.Kind.NURSERY) {
            return nursery.id().equals(alert.nurseryId);
        }
        return new GeoPoint(alert.latitude, alert.longitude).metresTo(new GeoPoint(nursery.latitude(), nursery.longitude()))
                <= alert.radiusMetres;
    }

    /** The places open when last looked at, with their as-of dates; the row is locked until the transaction ends. */
    private Uni<Map<Place, LocalDate>> lockState(UUID nurseryId, Instant now) {
        return alerts.getSession().chain(session -> session.createNativeQuery(
                                "insert into vacancy_alert_state (nursery_id, open_groups, updated_at) values (:id, '', :now) "
                                        + "on conflict do nothing")
                        .setParameter("id", nurseryId).setParameter("now", now).executeUpdate()
                        .chain(() -> session.createNativeQuery(
                                        "select open_groups from vacancy_alert_state where nursery_id = :id for update", String.class)
                                .setParameter("id", nurseryId).getSingleResult()))
                .map(VacancyChanges::parse);
    }

    private Uni<Void> saveState(UUID nurseryId, Map<Place, LocalDate> open, Instant now) {
        return alerts.getSession().chain(session -> session.createNativeQuery(
                        "update vacancy_alert_state set open_groups = :groups, updated_at = :now where nursery_id = :id")
                .setParameter("groups", format(open)).setParameter("now", now).setParameter("id", nurseryId)
                .executeUpdate()).replaceWithVoid();
    }

    /** "TODDLER=2026-12-01,PRESCHOOL/HALF_DAY=2026-12-03": a class alone stands for any care type. */
    static Map<Place, LocalDate> parse(String text) {
        Map<Place, LocalDate> open = new HashMap<>();
        if (text == null || text.isBlank()) {
            return open;
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.split("=", 2);
            Place place = Place.parse(parts[0]);
            if (place != null && parts.length == 2) {
                try {
                    open.put(place, LocalDate.parse(parts[1]));
                } catch (RuntimeException e) {
                    // Unreadable: treated as not open, so at worst a parent hears once more.
                }
            }
        }
        return open;
    }

    static String format(Map<Place, LocalDate> open) {
        return String.join(",", open.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Place::key)))
                .map(e -> e.getKey().key() + "=" + e.getValue()).toList());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
