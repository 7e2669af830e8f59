package com.tuoyu.directory.nursery;

import com.tuoyu.directory.nursery.dto.AdminChecklistItem;
import com.tuoyu.directory.nursery.dto.AdminFiling;
import com.tuoyu.directory.nursery.dto.AdminFilingDecision;
import com.tuoyu.directory.nursery.dto.AdminFilingStep;
import com.tuoyu.directory.nursery.dto.AdminMaterial;
import com.tuoyu.directory.nursery.dto.AdminMaterials;
import com.tuoyu.directory.nursery.dto.AdminNursery;
import com.tuoyu.directory.nursery.dto.AdminNurseryFacts;
import com.tuoyu.directory.nursery.dto.AdminNurseryRegistration;
import com.tuoyu.directory.nursery.dto.AdminNurserySummary;
import com.tuoyu.directory.nursery.dto.AdminNurseryUpdate;
import com.tuoyu.directory.nursery.dto.PublicFilingNotice;
import com.tuoyu.directory.nursery.dto.PublicFilingNotices;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.images.ImageType;
import com.tuoyu.directory.platform.images.MetadataStripper;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.problem.Problem;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.storage.ObjectStorage;
import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.division.dto.CountyReference;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The filing officers' side of the register: registering a nursery with its filing application, keeping its public
 * facts, the filing materials and their checklist, the review deadlines and the filing state machine. Every call is
 * limited to the caller's districts (anything outside answers 404), every change is audited in its transaction, and
 * every change of what the nursery discloses grows its version and reaches the directory through the outbox.
 */
@ApplicationScoped
public class FilingService {

    /** A county's nurseries lie within this distance of its centre; further means swapped or mistyped coordinates. */
    static final double MAX_METRES_FROM_COUNTY_CENTRE = 300_000;

    /** Filters of the officers' list; null means any. */
    public record ListFilter(FilingStatus status, String division, Boolean overdue, int page, int size) {
    }

    /** One document to be filed, as received. */
    public record Upload(MaterialKind kind, String documentNumber, LocalDate issuedOn, LocalDate validUntil,
                         byte[] content) {
    }

    /** A filing document read back from storage. */
    public record StoredDocument(String contentType, String fileName, byte[] content) {
    }

    private final NurseryRepository nurseries;
    private final FilingRepository filings;
    private final FilingEventRepository filingEvents;
    private final FilingMaterialRepository materials;
    private final DivisionService divisions;
    private final FilingDeadlines deadlines;
    private final FilingConfig config;
    private final ObjectStorage storage;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public FilingService(NurseryRepository nurseries, FilingRepository filings, FilingEventRepository filingEvents,
                         FilingMaterialRepository materials, DivisionService divisions, WorkingDayCalendar calendar,
                         FilingConfig config, ObjectStorage storage, Outbox outbox, AuditLog audit, Clock clock) {
        this.nurseries = nurseries;
        this.filings = filings;
        this.filingEvents = filingEvents;
        this.materials = materials;
        this.divisions = divisions;
        this.deadlines = new FilingDeadlines(calendar, config.receiptWorkingDays(), config.returnWorkingDays());
        this.config = config;
        this.storage = storage;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- registration and public facts -----

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
            Filing filing = new Filing();
            filing.id = UUID.randomUUID();
            filing.nurseryId = nursery.id;
            filing.status = FilingStatus.SUBMITTED;
            filing.authority = registration.filing().authority().strip();
            filing.submittedOn = registration.filing().submittedOn();
            filing.reviewStartedOn = filing.submittedOn;
            filing.updatedAt = now;
            FilingEvent submitted = event(filing, null, FilingStatus.SUBMITTED, filing.submittedOn, null, now);
            return nurseries.persist(nursery)
                    .chain(() -> filings.persist(filing))
                    .chain(() -> filingEvents.persist(submitted))
                    .chain(() -> audit.record(officer, "NURSERY_REGISTERED", "nursery", nursery.id.toString(), null,
                            FilingStatus.SUBMITTED.name(), null))
                    .chain(() -> outbox.enqueue(NurseryService.CHANGED_TOPIC, nursery.id.toString(), null))
                    .chain(() -> view(nursery, filing));
        });
    }

    /** A nursery of the caller's districts with its filing, deadlines, checklist, materials and history. */
    @WithSession
    public Uni<AdminNursery> get(Caller staff, UUID id) {
        return inScope(staff, id).chain(nursery -> filingOf(nursery).chain(filing -> view(nursery, filing)));
    }

    /**
     * Replaces the nursery's public facts. The version must be the one the officer saw (else 409); a change grows
     * it, is audited field by field and reaches the directory through the outbox.
     */
    @WithTransaction
    public Uni<AdminNursery> update(Caller officer, UUID id, AdminNurseryUpdate update) {
        AdminNurseryFacts facts = update.nursery();
        return inScope(officer, id).chain(nursery -> {
            if (nursery.version != update.version()) {
                throw ProblemException.conflict("Someone else changed nursery " + id + " since you loaded it (version "
                        + update.version() + ", now " + nursery.version + "); reload it and try again.");
            }
            List<Problem.FieldError> ownSections = ownSectionChanges(nursery, facts);
            if (!ownSections.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "The inclusive mark and the safety facts have "
                        + "their own versioned, validated sections; change them there.", ownSections);
            }
            return checkedPoint(officer, facts).chain(point -> {
                Map<String, String> before = describe(toFacts(nursery));
                apply(facts, point, nursery, LocalDate.now(clock));
                Map<String, String> after = describe(toFacts(nursery));
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
                return recorded.chain(() -> nurseries.flush()).chain(() -> filingOf(nursery))
                        .chain(filing -> view(nursery, filing));
            });
        });
    }

    /**
     * The caller's nurseries, newest change first; while filtering on SUBMITTED or on overdue, by the binding
     * deadline instead, earliest first.
     */
    @WithSession
    public Uni<List<AdminNurserySummary>> list(Caller staff, ListFilter filter) {
        List<String> scopes = staff.scopeDivisions();
        if (scopes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        boolean byDeadline = filter.overdue() != null || filter.status() == FilingStatus.SUBMITTED;
        StringBuilder hql = new StringBuilder("select n, f from Nursery n, Filing f where f.nurseryId = n.id and (");
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            hql.append(i == 0 ? "" : " or ").append("n.divisionCode like :scope").append(i);
            parameters.put("scope" + i, Caller.codePrefix(scopes.get(i)) + "%");
        }
        hql.append(")");
        FilingStatus status = filter.overdue() != null && filter.overdue() ? FilingStatus.SUBMITTED : filter.status();
        if (status != null) {
            hql.append(" and f.status = :status");
            parameters.put("status", status);
        }
        if (filter.division() != null) {
            hql.append(" and n.divisionCode like :division");
            parameters.put("division", Caller.codePrefix(filter.division()) + "%");
        }
        hql.append(byDeadline ? " order by f.reviewStartedOn, n.id" : " order by n.updatedAt desc, n.id");
        Instant now = clock.instant();
        return nurseries.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql.toString(), Object[].class);
            parameters.forEach(query::setParameter);
            if (!byDeadline) {
                query.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size());
            }
            return query.getResultList();
        }).chain(rows -> {
            List<Filing> pending = rows.stream().map(r -> (Filing) r[1]).filter(f -> f.status == FilingStatus.SUBMITTED).toList();
            return completeness(pending).map(complete -> {
                List<AdminNurserySummary> summaries = rows.stream().map(r -> {
                    Nursery n = (Nursery) r[0];
                    Filing f = (Filing) r[1];
                    FilingDeadlines.Due due = f.status == FilingStatus.SUBMITTED
                            ? deadlines.of(f.reviewStartedOn, complete.getOrDefault(f.id, false)) : null;
                    return new AdminNurserySummary(n.id, n.version, n.name, n.divisionCode, f.status, f.filingNumber,
                            f.submittedOn, f.reviewStartedOn, due == null ? null : due.dueAt(),
                            due != null && due.overdue(now), n.updatedAt);
                }).toList();
                if (!byDeadline) {
                    return summaries;
                }
                return summaries.stream()
                        .filter(s -> filter.overdue() == null || s.overdue() == filter.overdue())
                        .sorted(Comparator.comparing(AdminNurserySummary::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(AdminNurserySummary::id))
                        .skip((long) filter.page() * filter.size()).limit(filter.size())
                        .toList();
            });
        });
    }

    // ----- public notices -----

    /**
     * Returns, revocations and closures with their public reasons, newest first: the authority's 告知 is public
     * whether or not the nursery is ever filed. Optionally within a province, city or county.
     */
    @WithSession
    public Uni<PublicFilingNotices> publicNotices(String division, int page, int size) {
        StringBuilder hql = new StringBuilder("select e, f, n from FilingEvent e, Filing f, Nursery n "
                + "where e.filingId = f.id and f.nurseryId = n.id and e.toStatus in (:decisions)");
        if (division != null) {
            hql.append(" and n.divisionCode like :division");
        }
        hql.append(" order by e.occurredOn desc, e.recordedAt desc, e.id");
        return nurseries.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql.toString(), Object[].class)
                    .setParameter("decisions", List.of(FilingStatus.RETURNED, FilingStatus.REVOKED, FilingStatus.CLOSED));
            if (division != null) {
                query.setParameter("division", Caller.codePrefix(division) + "%");
            }
            return query.setFirstResult(page * size).setMaxResults(size).getResultList();
        }).map(rows -> new PublicFilingNotices(LocalDate.now(clock), page, size, rows.stream().map(r -> {
            FilingEvent e = (FilingEvent) r[0];
            Filing f = (Filing) r[1];
            Nursery n = (Nursery) r[2];
            return new PublicFilingNotice(n.name, n.operatorName, n.divisionCode, f.authority, e.toStatus,
                    e.toStatus.label(), e.occurredOn, e.reasons);
        }).toList()));
    }

    // ----- decisions -----

    /**
     * Applies a filing officer's decision to a filing in their districts: the state machine of {@link FilingDecision}
     * (anything else 409), a receipt only with complete, unexpired materials (else 422), audited, and followed by the
     * public directory through the outbox.
     */
    @WithTransaction
    public Uni<AdminFiling> decide(Caller officer, UUID nurseryId, AdminFilingDecision decision) {
        FilingDecision kind = decision.decision();
        if (kind == FilingDecision.FILE && decision.filingNumber() == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("filingNumber", "is required to file"));
        }
        if (kind.needsReasons() && (decision.reasons() == null || decision.reasons().isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("reasons",
                    "are required for " + kind + ": they are made public"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = decision.decidedOn() == null ? today : decision.decidedOn();
        if (on.isAfter(today)) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("decidedOn", "must not be in the future"));
        }
        Instant now = clock.instant();
        return inScope(officer, nurseryId).chain(nursery -> filingOf(nursery).chain(filing -> {
            if (decision.version() != null && decision.version() != filing.version) {
                throw ProblemException.conflict("Someone else decided on this filing since you loaded it (version "
                        + decision.version() + ", now " + filing.version + "); reload it and try again.");
            }
            if (!kind.allowedFrom(filing.status)) {
                throw ProblemException.conflict("A filing that is " + filing.status + " cannot be decided " + kind + ".");
            }
            LocalDate last = filing.status == FilingStatus.SUBMITTED || filing.decidedOn == null
                    ? filing.reviewStartedOn : filing.decidedOn;
            if (on.isBefore(last)) {
                throw ProblemException.invalidParameter("decidedOn", "must not be before " + last
                        + ", the filing's previous step");
            }
            Uni<Void> checks = kind == FilingDecision.FILE
                    ? requireCompleteMaterials(nursery, filing, today).chain(() -> requireUnusedNumber(filing, decision.filingNumber()))
                    : Uni.createFrom().voidItem();
            return checks.chain(() -> {
                FilingStatus from = filing.status;
                filing.status = kind.to();
                filing.updatedAt = now;
                switch (kind) {
                    case FILE -> {
                        filing.filingNumber = decision.filingNumber();
                        filing.decidedOn = on;
                        filing.decisionReasons = null;
                    }
                    case RESUBMIT -> {
                        // A corrected application restarts the authority's clock; the return's reasons stay public
                        // in the filing history.
                        filing.reviewStartedOn = on;
                        filing.decidedOn = null;
                        filing.decisionReasons = null;
                    }
                    default -> {
                        filing.decidedOn = on;
                        filing.decisionReasons = decision.reasons().strip();
                    }
                }
                nursery.updatedAt = now;
                String reasons = decision.reasons() == null || decision.reasons().isBlank() ? null : decision.reasons().strip();
                return filingEvents.persist(event(filing, from, filing.status, on, reasons, now))
                        // Flushing now turns a concurrent decision into an optimistic-lock failure (409).
                        .chain(() -> filings.flush())
                        .chain(() -> audit.record(officer, "FILING_" + kind.name(), "nursery", nurseryId.toString(),
                                from.name(), filing.status.name(), reasons))
                        .chain(() -> outbox.enqueue(NurseryService.CHANGED_TOPIC, nurseryId.toString(), null))
                        .chain(() -> filings.flush())
                        .chain(() -> adminFiling(nursery, filing));
            });
        }));
    }

    private Uni<Void> requireCompleteMaterials(Nursery nursery, Filing filing, LocalDate today) {
        return materials.list("filingId", filing.id).map(documents -> {
            List<MaterialChecklist.Line> lines = checklist(nursery, documents, today);
            List<Problem.FieldError> errors = lines.stream().filter(l -> l.state() != MaterialChecklist.State.PRESENT)
                    .map(l -> new Problem.FieldError("materials." + l.requirement().name(),
                            l.state() == MaterialChecklist.State.MISSING ? "is missing"
                                    : "expired on " + l.validUntil()))
                    .toList();
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "The filing cannot be filed while required "
                        + "materials are missing or expired: " + lines.stream()
                        .filter(l -> l.state() != MaterialChecklist.State.PRESENT)
                        .map(l -> l.requirement().label() + (l.state() == MaterialChecklist.State.MISSING ? "（缺）" : "（已过期）"))
                        .collect(Collectors.joining("、")) + ". Upload them, or RETURN the filing with reasons.", errors);
            }
            return null;
        });
    }

    private Uni<Void> requireUnusedNumber(Filing filing, String number) {
        return filings.count("filingNumber = ?1 and id <> ?2", number, filing.id).map(count -> {
            if (count > 0) {
                throw ProblemException.conflict("Filing number " + number + " is already given to another nursery.");
            }
            return null;
        });
    }

    // ----- materials -----

    /**
     * Files a document of the materials checklist: checked by content (PDF, JPEG or PNG; size-capped; images lose
     * their metadata), stored before the row commits and deleted again if it does not.
     */
    public Uni<AdminMaterial> upload(Caller officer, UUID nurseryId, Upload upload) {
        byte[] content;
        DocumentType type;
        try {
            type = checkUpload(upload);
            content = type == DocumentType.PDF ? upload.content()
                    : MetadataStripper.strip(type == DocumentType.JPEG ? ImageType.JPEG : ImageType.PNG, upload.content());
        } catch (MetadataStripper.UnreadableImageException e) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The file could not be read as an image; send a PDF, JPEG or PNG.",
                    List.of(new Problem.FieldError("file", "is not a readable image"))));
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        UUID id = UUID.randomUUID();
        String key = "filings/" + nurseryId + "/" + id + "." + type.extension();
        Instant now = clock.instant();
        // Refuse before storing anything when the nursery is not the caller's; checked again in the transaction.
        return Panache.withSession(() -> inScope(officer, nurseryId))
                .chain(() -> storage.put(key, content, type.mediaType()))
                .chain(() -> Panache.withTransaction(() -> inScope(officer, nurseryId)
                        .chain(nursery -> filingOf(nursery).chain(filing -> {
                            FilingMaterial material = new FilingMaterial();
                            material.id = id;
                            material.filingId = filing.id;
                            material.kind = upload.kind();
                            material.documentNumber = upload.documentNumber() == null || upload.documentNumber().isBlank()
                                    ? null : upload.documentNumber().strip();
                            material.issuedOn = upload.issuedOn();
                            material.validUntil = upload.validUntil();
                            material.storageKey = key;
                            material.contentType = type.mediaType();
                            material.sizeBytes = content.length;
                            material.sha256 = sha256(content);
                            material.uploadedAt = now;
                            material.uploadedBy = officer.id();
                            return materials.persist(material)
                                    .chain(() -> audit.record(officer, "FILING_MATERIAL_UPLOADED", "nursery",
                                            nurseryId.toString(), null, material.kind.name() + " " + material.id, null))
                                    .replaceWith(material);
                        })))
                        .onFailure().call(() -> storage.delete(key).onFailure().recoverWithNull()))
                .map(material -> toAdmin(material, LocalDate.now(clock)));
    }

    /** The filing's documents and the checklist computed from them today. */
    @WithSession
    public Uni<AdminMaterials> materials(Caller staff, UUID nurseryId) {
        LocalDate today = LocalDate.now(clock);
        return inScope(staff, nurseryId).chain(nursery -> filingOf(nursery).chain(filing -> materials
                .list("filingId = ?1 order by kind, uploadedAt", filing.id).map(documents -> {
                    List<MaterialChecklist.Line> lines = checklist(nursery, documents, today);
                    return new AdminMaterials(MaterialChecklist.complete(lines), lines.stream().map(FilingService::toAdmin).toList(),
                            documents.stream().map(d -> toAdmin(d, today)).toList());
                })));
    }

    /** One filing document, for staff of the nursery's districts; each read is audited (staff documents hold personal data). */
    @WithTransaction
    public Uni<StoredDocument> document(Caller staff, UUID nurseryId, UUID materialId) {
        return inScope(staff, nurseryId).chain(this::filingOf).chain(filing -> materials.findById(materialId).chain(material -> {
            if (material == null || !material.filingId.equals(filing.id)) {
                throw ProblemException.notFound("There is no filing document " + materialId + " of nursery " + nurseryId + ".");
            }
            return audit.record(staff, "FILING_MATERIAL_READ", "nursery", nurseryId.toString(), null,
                            material.kind.name() + " " + material.id, null)
                    .chain(() -> storage.get(material.storageKey))
                    .map(bytes -> {
                        if (bytes == null) {
                            throw ProblemException.notFound("The file of filing document " + materialId + " is gone from storage.");
                        }
                        DocumentType type = DocumentType.fromMediaType(material.contentType);
                        String name = material.kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + material.id
                                + "." + (type == null ? "bin" : type.extension());
                        return new StoredDocument(material.contentType, name, bytes);
                    });
        }));
    }

    private DocumentType checkUpload(Upload upload) {
        if (upload.kind() == null) {
            throw ProblemException.invalidParameter("kind", "is required: one of " + java.util.Arrays.toString(MaterialKind.values()));
        }
        if (upload.content() == null || upload.content().length == 0) {
            throw ProblemException.invalidParameter("file", "is required: the scanned document (PDF, JPEG or PNG)");
        }
        if (upload.content().length > config.maxDocumentBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The document is larger than "
                    + config.maxDocumentBytes() / (1024 * 1024) + " MB; send a smaller scan.",
                    List.of(new Problem.FieldError("file", "too large")));
        }
        if (upload.documentNumber() != null && upload.documentNumber().length() > 60) {
            throw ProblemException.invalidParameter("documentNumber", "must be at most 60 characters");
        }
        LocalDate today = LocalDate.now(clock);
        if (upload.issuedOn() != null && upload.issuedOn().isAfter(today)) {
            throw ProblemException.invalidParameter("issuedOn", "must not be in the future");
        }
        if (upload.issuedOn() != null && upload.validUntil() != null && upload.validUntil().isBefore(upload.issuedOn())) {
            throw ProblemException.invalidParameter("validUntil", "must not be before issuedOn");
        }
        DocumentType type = DocumentType.detect(upload.content());
        if (type == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Filing documents must be PDF, JPEG or PNG files (checked by content, not by name).",
                    List.of(new Problem.FieldError("file", "is not a PDF, JPEG or PNG file")));
        }
        return type;
    }

    // ----- helpers -----

    /** The nursery if it is in the caller's districts; otherwise, as if it did not exist. */
    private Uni<Nursery> inScope(Caller staff, UUID id) {
        return nurseries.findById(id).map(nursery -> {
            if (nursery == null || !staff.covers(nursery.divisionCode)) {
                throw ProblemException.notFound("There is no nursery " + id + " in your districts.");
            }
            return nursery;
        });
    }

    private Uni<Filing> filingOf(Nursery nursery) {
        return filings.find("nurseryId", nursery.id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Nursery " + nursery.id + " has no filing."));
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
        return divisions.counties().map(counties -> {
            CountyReference county = counties.stream().filter(c -> c.code().equals(facts.divisionCode())).findFirst()
                    .orElseThrow(() -> ProblemException.invalidParameter("nursery.divisionCode",
                            "must be a county-level GB/T 2260 division (区/县), e.g. 360102"));
            if (!officer.covers(county.code())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Division " + county.code()
                        + " is not in your districts; only its own county health commission records its nurseries.");
            }
            double metres = point.metresTo(new GeoPoint(county.centreLatitude(), county.centreLongitude()));
            if (metres > MAX_METRES_FROM_COUNTY_CENTRE) {
                throw ProblemException.invalidParameter("nursery.latitude", "lies " + Math.round(metres / 1000)
                        + " km from " + county.name() + "; check latitude, longitude and coordinateSystem");
            }
            return point;
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
        nursery.openDays = java.util.EnumSet.copyOf(facts.openDays());
        nursery.contactPhone = facts.contactPhone().strip();
        nursery.careTypes = java.util.EnumSet.copyOf(facts.careTypes());
        nursery.mealsProvided = facts.mealsProvided();
        nursery.cctvInstalled = facts.cctvInstalled();
        nursery.cctvRetentionDays = facts.cctvRetentionDays();
        nursery.securityOnSite = facts.securityOnSite();
        if (facts.safetyAsOf() != null || nursery.safetyAsOf == null) {
            nursery.safetyAsOf = facts.safetyAsOf() == null ? today : facts.safetyAsOf();
        }
    }

    private static AdminNurseryFacts toFacts(Nursery n) {
        return new AdminNurseryFacts(n.name, n.operatorName, n.creditCode, n.registrationType, n.operatingModel,
                n.inclusive, n.divisionCode, n.address, n.latitude, n.longitude, CoordinateSystem.WGS84.parameterValue(),
                n.opensAt, n.closesAt, n.openDays == null ? null : java.util.EnumSet.copyOf(n.openDays),
                n.contactPhone, n.careTypes == null ? null : java.util.EnumSet.copyOf(n.careTypes), n.mealsProvided,
                n.cctvInstalled, n.cctvRetentionDays, n.securityOnSite, n.safetyAsOf);
    }

    /** Each public fact as text, in declaration order, for comparing and auditing. */
    static Map<String, String> describe(AdminNurseryFacts facts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent component : AdminNurseryFacts.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(facts);
                values.put(component.getName(), value == null ? null : value.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static String summary(Map<String, String> values, List<String> fields) {
        return fields.stream().map(f -> f + "=" + values.get(f)).collect(Collectors.joining("; "));
    }

    private Uni<Map<UUID, Boolean>> completeness(List<Filing> pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> filingIds = pending.stream().map(f -> f.id).toList();
        List<UUID> nurseryIds = pending.stream().map(f -> f.nurseryId).toList();
        return nurseries.list("id in ?1", nurseryIds).chain(nurseryList -> materials.list("filingId in ?1", filingIds)
                .map(documents -> {
                    Map<UUID, Nursery> byId = nurseryList.stream().collect(Collectors.toMap(n -> n.id, n -> n));
                    Map<UUID, List<FilingMaterial>> byFiling = documents.stream().collect(Collectors.groupingBy(d -> d.filingId));
                    Map<UUID, Boolean> complete = new java.util.HashMap<>();
                    for (Filing f : pending) {
                        complete.put(f.id, MaterialChecklist.complete(checklist(byId.get(f.nurseryId),
                                byFiling.getOrDefault(f.id, List.of()), today)));
                    }
                    return complete;
                }));
    }

    private static List<MaterialChecklist.Line> checklist(Nursery nursery, List<FilingMaterial> documents, LocalDate today) {
        return MaterialChecklist.evaluate(documents.stream()
                .map(d -> new MaterialChecklist.Document(d.kind, d.validUntil)).toList(), nursery.mealsProvided, today);
    }

    private Uni<AdminFiling> adminFiling(Nursery nursery, Filing filing) {
        return materials.list("filingId", filing.id).map(documents -> toAdmin(nursery, filing, documents));
    }

    private AdminFiling toAdmin(Nursery nursery, Filing f, List<FilingMaterial> documents) {
        boolean complete = MaterialChecklist.complete(checklist(nursery, documents, LocalDate.now(clock)));
        FilingDeadlines.Due due = f.status == FilingStatus.SUBMITTED ? deadlines.of(f.reviewStartedOn, complete) : null;
        return new AdminFiling(f.nurseryId, f.version, f.status, f.filingNumber, f.authority, f.submittedOn,
                f.reviewStartedOn, f.decidedOn, f.decisionReasons,
                due == null ? null : due.receiptDueAt(), due == null ? null : due.returnDueAt(),
                due == null ? null : due.dueAt(), due != null && due.provisional(),
                due != null && due.overdue(clock.instant()), complete);
    }

    private Uni<AdminNursery> view(Nursery nursery, Filing filing) {
        LocalDate today = LocalDate.now(clock);
        return materials.list("filingId = ?1 order by kind, uploadedAt", filing.id)
                .chain(documents -> filingEvents.list("filingId = ?1 order by occurredOn, recordedAt", filing.id)
                        .map(events -> new AdminNursery(nursery.id, nursery.version, toFacts(nursery),
                                toAdmin(nursery, filing, documents),
                                checklist(nursery, documents, today).stream().map(FilingService::toAdmin).toList(),
                                documents.stream().map(d -> toAdmin(d, today)).toList(),
                                events.stream().map(e -> new AdminFilingStep(e.fromStatus, e.toStatus, e.occurredOn,
                                        e.reasons, e.recordedAt)).toList(),
                                nursery.createdAt, nursery.updatedAt)));
    }

    private static AdminChecklistItem toAdmin(MaterialChecklist.Line line) {
        return new AdminChecklistItem(line.requirement(), line.requirement().label(),
                line.requirement().satisfiedBy().stream().sorted().toList(), line.state(), line.validUntil());
    }

    private static AdminMaterial toAdmin(FilingMaterial m, LocalDate today) {
        return new AdminMaterial(m.id, m.kind, m.documentNumber, m.issuedOn, m.validUntil,
                m.validUntil != null && m.validUntil.isBefore(today), m.contentType, m.sizeBytes, m.sha256,
                m.uploadedAt, m.uploadedBy);
    }

    private static FilingEvent event(Filing filing, FilingStatus from, FilingStatus to, LocalDate on, String reasons,
                                     Instant now) {
        FilingEvent event = new FilingEvent();
        event.id = UUID.randomUUID();
        event.filingId = filing.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.occurredOn = on;
        event.reasons = reasons;
        event.recordedAt = now;
        return event;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
