package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.dto.DisclosedFacts;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.nursery.dto.ListedSummary;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import com.tuoyu.directory.nursery.dto.NurseryState;
import com.tuoyu.directory.platform.outbox.Outbox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;

/** The register of nurseries and their filings. */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryService {

    /** Announced in the outbox, with the nursery id, whenever anything the nursery discloses changes. */
    public static final String CHANGED_TOPIC = "nursery.changed";

    private final NurseryRepository nurseries;
    private final FilingRepository filings;
    private final FilingEventRepository filingEvents;
    private final Outbox outbox;
    private final Clock clock;

    /** How many nurseries are registered, filed or not. */
    public Uni<Long> countRegistered() {
        return nurseries.count();
    }

    /** The nursery if its filing is in force, else null: nothing else is ever shown publicly. */
    @WithSession
    public Uni<ListedNursery> findListed(UUID id) {
        return states(List.of(id)).map(found -> found.isEmpty() ? null : found.get(0).listed());
    }

    /**
     * The current state of each nursery asked for, in one round of queries: its version, and its public view when
     * its filing is in force. Unknown ids are left out.
     */
    @WithSession
    public Uni<List<NurseryState>> states(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return nurseries.list("id in ?1", ids).chain(found -> filings.list("nurseryId in ?1", ids).chain(filingList -> {
            Map<UUID, Filing> filingByNursery = filingList.stream().collect(Collectors.toMap(f -> f.nurseryId, f -> f));
            List<UUID> filingIds = filingList.stream().filter(f -> f.status.inForce()).map(f -> f.id).toList();
            Uni<List<FilingEvent>> events = filingIds.isEmpty() ? Uni.createFrom().item(List.of())
                    : filingEvents.list("filingId in ?1 order by occurredOn, recordedAt", filingIds);
            return events.map(eventList -> {
                Map<UUID, List<FilingEvent>> eventsByFiling = eventList.stream()
                        .collect(Collectors.groupingBy(e -> e.filingId));
                return found.stream().map(nursery -> {
                    Filing filing = filingByNursery.get(nursery.id);
                    ListedNursery listed = filing != null && filing.status.inForce()
                            ? toListed(nursery, filing, eventsByFiling.getOrDefault(filing.id, List.of())) : null;
                    return new NurseryState(nursery.id, nursery.version, listed);
                }).toList();
            });
        }));
    }

    /** The ids of the nurseries registered in divisions whose codes start with this prefix, filed or not. */
    @WithSession
    public Uni<List<UUID>> idsIn(String divisionPrefix) {
        return nurseries.getSession().chain(session -> session
                .createSelectionQuery("select n.id from Nursery n where n.divisionCode like :prefix order by n.id", UUID.class)
                .setParameter("prefix", divisionPrefix + "%").getResultList());
    }

    /** The nurseries whose filing is in force in divisions whose codes start with this prefix, by their ids' text. */
    @WithSession
    public Uni<List<ListedSummary>> listedSummaries(String divisionPrefix) {
        return nurseries.getSession().chain(session -> session.createNativeQuery("select cast(n.id as text), n.name, "
                        + "n.division_code, n.inclusive, n.latitude, n.longitude, f.decided_on from nursery n join filing f on f.nursery_id = n.id "
                        + "where f.status = 'FILED' and n.division_code like :prefix order by cast(n.id as text)", Object[].class)
                .setParameter("prefix", divisionPrefix + "%").getResultList())
                .map(rows -> rows.stream().map(r -> new ListedSummary(UUID.fromString((String) r[0]), (String) r[1],
                        (String) r[2], Boolean.TRUE.equals(r[3]), ((Number) r[4]).doubleValue(),
                        ((Number) r[5]).doubleValue(), toLocalDate(r[6])))
                        .sorted(java.util.Comparator.comparing(summary -> summary.id().toString())).toList());
    }

    /** A native query's date column, whichever Java type the driver gave it. */
    private static LocalDate toLocalDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
    }

    /** Every registered nursery's id, for rebuilding projections. */
    @WithSession
    public Uni<List<UUID>> allIds() {
        return nurseries.getSession().chain(session -> session
                .createSelectionQuery("select n.id from Nursery n order by n.id", UUID.class).getResultList());
    }

    private static final String DISCLOSED_FACTS = "select cast(n.id as text), n.name, n.division_code, "
            + "cast(n.inclusive as text), cast(n.meals_provided as text), cast(coalesce(f.status = 'FILED', false) as text) "
            + "from nursery n left join filing f on f.nursery_id = n.id ";

    /**
     * The nursery's facts with its row locked until the caller's transaction ends, so that disclosure changes to one
     * nursery run one at a time; null if unknown.
     */
    public Uni<DisclosedFacts> lockDisclosedFacts(UUID id) {
        return disclosedFactsWhere("where n.id in (:ids) for update of n", List.of(id))
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<DisclosedFacts> disclosedFacts(UUID id) {
        return disclosedFacts(List.of(id)).map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<DisclosedFacts>> disclosedFacts(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : disclosedFactsWhere("where n.id in (:ids)", ids);
    }

    /** Inclusive nurseries whose filing is in force. */
    public Uni<List<DisclosedFacts>> inclusiveFiled() {
        return nurseries.getSession().chain(session -> session.createNativeQuery(
                        DISCLOSED_FACTS + "where n.inclusive and f.status = 'FILED' order by n.id", Object[].class)
                .getResultList()).map(NurseryService::toDisclosedFacts);
    }

    /**
     * Sets the inclusive mark, in the caller's transaction; the disclosure feature checks the guide-price rule,
     * records the revision and announces the change.
     */
    public Uni<Void> setInclusive(UUID id, boolean inclusive) {
        return nurseries.getSession().chain(session -> session.createNativeQuery(
                        "update nursery set inclusive = :inclusive where id = :id")
                .setParameter("inclusive", inclusive).setParameter("id", id).executeUpdate()).replaceWithVoid();
    }

    /** Sets the safety facts, in the caller's transaction, as {@link #setInclusive} does the mark. */
    public Uni<Void> setSafety(UUID id, boolean mealsProvided, boolean cctvInstalled, Integer cctvRetentionDays,
                               boolean securityOnSite, LocalDate asOf) {
        // An integer or null written into the statement: a null parameter has no type the driver can send.
        String retention = cctvRetentionDays == null ? "null" : String.valueOf(cctvRetentionDays.intValue());
        return nurseries.getSession().chain(session -> session.createNativeQuery(
                        "update nursery set meals_provided = :meals, cctv_installed = :cctv, cctv_retention_days = "
                                + retention + ", security_on_site = :security, safety_as_of = :asOf where id = :id")
                .setParameter("meals", mealsProvided).setParameter("cctv", cctvInstalled)
                .setParameter("security", securityOnSite).setParameter("asOf", asOf).setParameter("id", id)
                .executeUpdate()).replaceWithVoid();
    }

    private Uni<List<DisclosedFacts>> disclosedFactsWhere(String where, Collection<UUID> ids) {
        return nurseries.getSession().chain(session -> session.createNativeQuery(DISCLOSED_FACTS + where, Object[].class)
                .setParameter("ids", ids).getResultList()).map(NurseryService::toDisclosedFacts);
    }

    private static List<DisclosedFacts> toDisclosedFacts(List<Object[]> rows) {
        return rows.stream().map(r -> new DisclosedFacts(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                Boolean.parseBoolean((String) r[3]), Boolean.parseBoolean((String) r[4]),
                Boolean.parseBoolean((String) r[5]))).toList();
    }

    /** The nursery's version as the database holds it now, bulk updates of this transaction included. */
    @WithSession
    public Uni<Long> currentVersion(UUID id) {
        return nurseries.getSession().chain(session -> session
                .createSelectionQuery("select n.version from Nursery n where n.id = :id", Long.class)
                .setParameter("id", id).getSingleResultOrNull());
    }

    /** The nursery recorded under this filing number, whatever its status; null when there is none. */
    @WithSession
    public Uni<UUID> findIdByFilingNumber(String filingNumber) {
        return filings.find("filingNumber", filingNumber).firstResult().map(filing -> filing == null ? null : filing.nurseryId);
    }

    /**
     * Records that something these nurseries disclose changed without a write to them, e.g. a fee scheduled
     * earlier taking effect today: their versions grow and the change is announced, in one transaction.
     */
    @WithTransaction
    public Uni<Integer> recordPublicChange(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = clock.instant();
        return nurseries.update("version = version + 1, updatedAt = ?1 where id in ?2", now, ids)
                .call(() -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> outbox.enqueue(CHANGED_TOPIC, id.toString(), null))
                        .collect().last());
    }

    /**
     * Takes in a nursery with its filing history reconstructed from the import: submitted, then filed, then the
     * current decision when that differs.
     */
    @WithTransaction
    public Uni<UUID> importNursery(NurseryImport source) {
        Instant now = clock.instant();
        Nursery nursery = toEntity(source, now);
        NurseryImport.FilingImport f = source.filing();
        Filing filing = new Filing();
        filing.id = UUID.nameUUIDFromBytes(("filing:" + source.id()).getBytes());
        filing.nurseryId = nursery.id;
        filing.status = f.status();
        filing.filingNumber = f.filingNumber();
        filing.authority = f.authority();
        filing.submittedOn = f.submittedOn();
        filing.reviewStartedOn = f.submittedOn();
        filing.decidedOn = f.status() == FilingStatus.FILED ? f.filedOn() : f.decidedOn();
        filing.decisionReasons = f.decisionReasons();
        filing.updatedAt = now;
        return nurseries.persist(nursery)
                .chain(() -> filings.persist(filing))
                .chain(() -> filingEvents.persist(history(filing, f, now)))
                .chain(() -> outbox.enqueue(CHANGED_TOPIC, nursery.id.toString(), null))
                .replaceWith(nursery.id);
    }

    private static List<FilingEvent> history(Filing filing, NurseryImport.FilingImport source, Instant now) {
        List<FilingEvent> events = new ArrayList<>();
        events.add(event(filing, null, FilingStatus.SUBMITTED, source.submittedOn(), null, now));
        FilingStatus previous = FilingStatus.SUBMITTED;
        if (source.filedOn() != null) {
            events.add(event(filing, previous, FilingStatus.FILED, source.filedOn(), null, now));
            previous = FilingStatus.FILED;
        }
        if (source.status() != previous) {
            events.add(event(filing, previous, source.status(), source.decidedOn(), source.decisionReasons(), now));
        }
        return events;
    }

    private static FilingEvent event(Filing filing, FilingStatus from, FilingStatus to, LocalDate on,
                                     String reasons, Instant now) {
        FilingEvent event = new FilingEvent();
        event.id = UUID.nameUUIDFromBytes(("filing-event:" + filing.id + ":" + to).getBytes());
        event.filingId = filing.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.occurredOn = on;
        event.reasons = reasons;
        event.recordedAt = now;
        return event;
    }

    private static ListedNursery toListed(Nursery n, Filing filing, List<FilingEvent> events) {
        LocalDate filedOn = events.stream().filter(e -> e.toStatus == FilingStatus.FILED)
                .map(e -> e.occurredOn).reduce((first, last) -> last).orElse(filing.decidedOn);
        return new ListedNursery(n.id, n.version, n.name, n.operatorName, n.registrationType, n.operatingModel,
                n.inclusive, n.divisionCode, n.address, n.latitude, n.longitude, n.opensAt, n.closesAt, n.openDays,
                n.contactPhone, n.careTypes, n.mealsProvided, n.cctvInstalled, n.cctvRetentionDays, n.securityOnSite,
                n.safetyAsOf, n.updatedAt,
                new ListedNursery.PublicFiling(filing.status, filing.filingNumber, filing.authority, filing.submittedOn, filedOn),
                events.stream().map(e -> new ListedNursery.FilingMilestone(e.fromStatus, e.toStatus, e.occurredOn, e.reasons))
                        .toList());
    }

    private static Nursery toEntity(NurseryImport source, Instant now) {
        Nursery nursery = new Nursery();
        nursery.id = source.id();
        nursery.name = source.name();
        nursery.operatorName = source.operatorName();
        nursery.creditCode = source.creditCode();
        nursery.registrationType = source.registrationType();
        nursery.operatingModel = source.operatingModel();
        nursery.inclusive = source.inclusive();
        nursery.divisionCode = source.divisionCode();
        nursery.address = source.address();
        nursery.latitude = source.latitude();
        nursery.longitude = source.longitude();
        nursery.opensAt = source.opensAt();
        nursery.closesAt = source.closesAt();
        nursery.openDays = source.openDays();
        nursery.contactPhone = source.contactPhone();
        nursery.careTypes = source.careTypes();
        nursery.mealsProvided = source.mealsProvided();
        nursery.cctvInstalled = source.cctvInstalled();
        nursery.cctvRetentionDays = source.cctvRetentionDays();
        nursery.securityOnSite = source.securityOnSite();
        nursery.safetyAsOf = source.safetyAsOf();
        nursery.createdAt = now;
        nursery.updatedAt = now;
        return nursery;
    }
}
