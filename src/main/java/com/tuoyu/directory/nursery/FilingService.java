package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.dto.AdminNursery;
import com.tuoyu.directory.nursery.dto.AdminNurseryFacts;
import com.tuoyu.directory.nursery.dto.AdminNurseryRegistration;
import com.tuoyu.directory.nursery.dto.AdminNurseryUpdate;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A nursery's registration with its filing application, and its public facts as the filing officers keep them.
 * Every call is limited to the caller's districts (anything outside answers 404), every change is audited in its
 * transaction, and every change of what the nursery discloses grows its version and reaches the directory through
 * the outbox. Decisions, materials, the officers' list and the public notices have services of their own.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FilingService {

    /** A county's nurseries lie within this distance of its centre; further means swapped or mistyped coordinates. */
    static final double MAX_METRES_FROM_COUNTY_CENTRE = 300_000;

    private final NurseryRepository nurseries;
    private final FilingRepository filings;
    private final FilingEventRepository filingEvents;
    private final DivisionService divisions;
    private final DistrictScope scope;
    private final FilingViews views;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    /** Registers a nursery in the caller's districts with its filing application (SUBMITTED). */
    @WithTransaction
    public Uni<AdminNursery> register(Caller officer, AdminNurseryRegistration registration) {
        AdminNurseryFacts facts = registration.nursery();
        LocalDate today = LocalDate.now(clock);
        if (registration.filing().submittedOn().isAfter(today)) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("filing.submittedOn", "must not be in the future"));
        }
        return checkedPoint(officer, facts).chain(point -> {
            Instant now = clock.instant();
            Nursery nursery = new Nursery();
            nursery.id = UUID.randomUUID();
            apply(facts, point, nursery, today);
            nursery.createdAt = now;
            nursery.updatedAt = now;
            Filing filing = Filing.submitted(nursery.id, registration.filing().authority(),
                    registration.filing().submittedOn(), now);
            return nurseries.persist(nursery)
                    .chain(() -> filings.persist(filing))
                    .chain(() -> filingEvents.persist(FilingEvent.submitted(filing, now)))
                    .chain(() -> audit.record(officer, "NURSERY_REGISTERED", "nursery", nursery.id.toString(), null,
                            FilingStatus.SUBMITTED.name(), null))
                    .chain(() -> outbox.enqueue(NurseryService.CHANGED_TOPIC, nursery.id.toString(), null))
                    .chain(() -> views.nursery(nursery, filing));
        });
    }

    /** A nursery of the caller's districts with its filing, deadlines, checklist, materials and history. */
    @WithSession
    public Uni<AdminNursery> get(Caller staff, UUID id) {
        return scope.nursery(staff, id)
                .chain(nursery -> scope.filingOf(nursery).chain(filing -> views.nursery(nursery, filing)));
    }

    /**
     * Replaces the nursery's public facts. The version must be the one the officer saw (else 409); a change grows
     * it, is audited field by field and reaches the directory through the outbox.
     */
    @WithTransaction
    public Uni<AdminNursery> update(Caller officer, UUID id, AdminNurseryUpdate update) {
        AdminNurseryFacts facts = update.nursery();
        return scope.nursery(officer, id).chain(nursery -> {
            if (nursery.version != update.version()) {
                return Uni.createFrom().failure(ProblemException.conflict("Someone else changed nursery " + id
                        + " since you loaded it (version " + update.version() + ", now " + nursery.version
                        + "); reload it and try again."));
            }
            List<Problem.FieldError> ownSections = ownSectionChanges(nursery, facts);
            if (!ownSections.isEmpty()) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, "The inclusive mark "
                        + "and the safety facts have their own versioned, validated sections; change them there.",
                        ownSections));
            }
            return checkedPoint(officer, facts).chain(point -> {
                Map<String, String> before = describe(FilingViews.facts(nursery));
                apply(facts, point, nursery, LocalDate.now(clock));
                Map<String, String> after = describe(FilingViews.facts(nursery));
                List<String> changed = before.keySet().stream()
                        .filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
                Uni<Void> recorded = Uni.createFrom().voidItem();
                if (!changed.isEmpty()) {
                    nursery.updatedAt = clock.instant();
                    recorded = nurseries.flush()
                            .chain(() -> audit.record(officer, "NURSERY_UPDATED", "nursery", id.toString(),
                                    summary(before, changed), summary(after, changed), null))
                            .chain(() -> outbox.enqueue(NurseryService.CHANGED_TOPIC, id.toString(), null));
                }
                return recorded.chain(() -> nurseries.flush()).chain(() -> scope.filingOf(nursery))
                        .chain(filing -> views.nursery(nursery, filing));
            });
        });
    }

    /**
     * The WGS-84 point of the facts, once their division is known to be a county in the caller's districts and the
     * point lies near it.
     */
    private Uni<GeoPoint> checkedPoint(Caller officer, AdminNurseryFacts facts) {
        if (!facts.closesAt().isAfter(facts.opensAt())) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("nursery.closesAt", "must be after opensAt"));
        }
        CoordinateSystem system = CoordinateSystem.fromParameter(facts.coordinateSystem());
        GeoPoint point = system.toWgs84(facts.latitude(), facts.longitude());
        return divisions.county(facts.divisionCode()).chain(county -> {
            if (county == null) {
                return Uni.createFrom().failure(ProblemException.invalidParameter("nursery.divisionCode",
                        "must be a county-level GB/T 2260 division (区/县), e.g. 360102"));
            }
            if (!officer.covers(county.code())) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN, "Division " + county.code()
                        + " is not in your districts; only its own county health commission records its nurseries."));
            }
            // A county of the register without a centre point (no figures for it yet) still takes filings: the
            // filing's own coordinates place the nursery, and only the plausibility check below needs the centre.
            if (!county.hasCentre()) {
                return Uni.createFrom().item(point);
            }
            double metres = point.metresTo(new GeoPoint(county.centreLatitude(), county.centreLongitude()));
            if (metres > MAX_METRES_FROM_COUNTY_CENTRE) {
                return Uni.createFrom().failure(ProblemException.invalidParameter("nursery.latitude", "lies "
                        + Math.round(metres / 1000) + " km from " + county.name()
                        + "; check latitude, longitude and coordinateSystem"));
            }
            return Uni.createFrom().item(point);
        });
    }

    /**
     * Facts that belong to a disclosure section with its own rules (the inclusive mark is checked against the guide
     * price; meals need a food licence; each revision is versioned): a change of them through the plain facts would
     * bypass those rules, so it is refused with the endpoint that takes it.
     */
    private static List<Problem.FieldError> ownSectionChanges(Nursery nursery, AdminNurseryFacts facts) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (facts.inclusive() != nursery.inclusive) {
            errors.add(new Problem.FieldError("nursery.inclusive",
                    "is changed through PUT /api/v1/admin/nurseries/{id}/inclusive, which checks fees against the guide price"));
        }
        String safety = "is changed through PUT /api/v1/admin/nurseries/{id}/disclosure/safety (a versioned section)";
        if (facts.mealsProvided() != nursery.mealsProvided) {
            errors.add(new Problem.FieldError("nursery.mealsProvided", safety));
        }
        if (facts.cctvInstalled() != nursery.cctvInstalled) {
            errors.add(new Problem.FieldError("nursery.cctvInstalled", safety));
        }
        if (!Objects.equals(facts.cctvRetentionDays(), nursery.cctvRetentionDays)) {
            errors.add(new Problem.FieldError("nursery.cctvRetentionDays", safety));
        }
        if (facts.securityOnSite() != nursery.securityOnSite) {
            errors.add(new Problem.FieldError("nursery.securityOnSite", safety));
        }
        if (facts.safetyAsOf() != null && !facts.safetyAsOf().equals(nursery.safetyAsOf)) {
            errors.add(new Problem.FieldError("nursery.safetyAsOf", safety));
        }
        return errors;
    }

    private static void apply(AdminNurseryFacts facts, GeoPoint wgs84, Nursery nursery, LocalDate today) {
        nursery.name = facts.name().strip();
        nursery.operatorName = facts.operatorName().strip();
        nursery.creditCode = facts.creditCode();
        nursery.registrationType = facts.registrationType();
        nursery.operatingModel = facts.operatingModel();
        nursery.inclusive = facts.inclusive();
        nursery.divisionCode = facts.divisionCode();
        nursery.address = facts.address().strip();
        nursery.latitude = wgs84.latitude();
        nursery.longitude = wgs84.longitude();
        nursery.opensAt = facts.opensAt();
        nursery.closesAt = facts.closesAt();
        nursery.openDays = EnumSet.copyOf(facts.openDays());
        nursery.contactPhone = facts.contactPhone().strip();
        nursery.careTypes = EnumSet.copyOf(facts.careTypes());
        nursery.mealsProvided = facts.mealsProvided();
        nursery.cctvInstalled = facts.cctvInstalled();
        nursery.cctvRetentionDays = facts.cctvRetentionDays();
        nursery.securityOnSite = facts.securityOnSite();
        if (facts.safetyAsOf() != null || nursery.safetyAsOf == null) {
            nursery.safetyAsOf = facts.safetyAsOf() == null ? today : facts.safetyAsOf();
        }
    }

    /** Each public fact as text, in declaration order, for comparing and auditing. */
    static Map<String, String> describe(AdminNurseryFacts facts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent component : AdminNurseryFacts.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(facts);
                values.put(component.getName(), value == null ? null : value.toString());
            } catch (ReflectiveOperationException e) {
                // A public record's own accessor cannot refuse its record.
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static String summary(Map<String, String> values, List<String> fields) {
        return fields.stream().map(f -> f + "=" + values.get(f)).collect(Collectors.joining("; "));
    }
}
