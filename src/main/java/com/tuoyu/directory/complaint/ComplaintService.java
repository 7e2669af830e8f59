package com.tuoyu.directory.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.complaint.dto.ParentComplaintReceipt;
import com.tuoyu.directory.complaint.dto.PublicComplaintOutcome;
import com.tuoyu.directory.complaint.dto.ParentComplaintRequest;
import com.tuoyu.directory.complaint.dto.ParentComplaintSummary;
import com.tuoyu.directory.complaint.dto.ParentComplaintView;
import com.tuoyu.directory.complaint.dto.ParentRating;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Parents' side of complaints: intake (idempotent), follow-up, rating and reopening. */
@ApplicationScoped
public class ComplaintService {

    /** Announced whenever a parent should hear about their complaint. */
    public static final String STATUS_TOPIC = "complaint.status-changed";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ComplaintRepository complaints;
    private final ComplaintSubmissions submissions;
    private final Pool pool;
    private final ComplaintEventRepository events;
    private final ComplaintPhotoRepository photoRows;
    private final PhotoIntake photoIntake;
    private final DivisionService divisions;
    private final WorkingDayCalendar calendar;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ComplaintConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public ComplaintService(ComplaintRepository complaints, ComplaintSubmissions submissions, Pool pool,
                            ComplaintEventRepository events, ComplaintPhotoRepository photoRows, PhotoIntake photoIntake,
                            DivisionService divisions, WorkingDayCalendar calendar, Outbox outbox, AuditLog audit,
                            ComplaintConfig config, ObjectMapper json, Clock clock) {
        this.complaints = complaints;
        this.submissions = submissions;
        this.pool = pool;
        this.events = events;
        this.photoRows = photoRows;
        this.photoIntake = photoIntake;
        this.divisions = divisions;
        this.calendar = calendar;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of an intake: the receipt, and whether it answers an earlier request with the same key. */
    public record Intake(ParentComplaintReceipt receipt, boolean replayed) {
    }

    /**
     * Takes in a complaint. With an Idempotency-Key, the same key and body give the first complaint again, the
     * same key with another body is 422, and a key whose first request is still being processed is 409.
     */
    public Uni<Intake> submit(Caller parent, String idempotencyKey, ParentComplaintRequest request, List<byte[]> uploads) {
        List<PhotoIntake.PreparedPhoto> photos;
        try {
            photos = photoIntake.prepare(uploads);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        if (idempotencyKey == null) {
            return photoIntake.storeThen(photos, () -> create(parent, request, photos, null))
                    .map(receipt -> new Intake(receipt, false));
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("Idempotency-Key", "must be 1 to 255 characters"));
        }
        String hash = fingerprint(request, photos);
        return reserveOrReplay(parent, idempotencyKey, hash, request, photos);
    }

    private Uni<Intake> reserveOrReplay(Caller parent, String key, String hash, ParentComplaintRequest request,
                                        List<PhotoIntake.PreparedPhoto> photos) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> complaints.reserveKey(parent.id(), key, hash, now))
                .chain(reserved -> reserved
                        ? photoIntake.storeThen(photos, () -> create(parent, request, photos, key))
                                .onFailure().call(() -> Panache.withTransaction(() -> complaints.releaseKey(parent.id(), key)))
                                .map(receipt -> new Intake(receipt, false))
                        : replay(parent, key, hash, request, photos));
    }

    private Uni<Intake> replay(Caller parent, String key, String hash, ParentComplaintRequest request,
                               List<PhotoIntake.PreparedPhoto> photos) {
        return Panache.withSession(() -> complaints.findKey(parent.id(), key)).chain(stored -> {
            if (stored == null) {
                // Released after a failure in the meantime: try once more as a new request.
                return reserveOrReplay(parent, key, hash, request, photos);
            }
            if (!hash.equals(stored[0])) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE,
                        "This Idempotency-Key was already used for a different complaint; use a new key for a new complaint."));
            }
            if (stored[1] == null) {
                Instant reservedAt = toInstant(stored[2]);
                if (reservedAt.plusSeconds(config.idempotencyInFlightSeconds()).isBefore(clock.instant())) {
                    return Panache.withTransaction(() -> complaints.releaseKey(parent.id(), key))
                            .chain(() -> reserveOrReplay(parent, key, hash, request, photos));
                }
                return Uni.createFrom().failure(ProblemException.conflict(
                        "A complaint with this Idempotency-Key is still being processed; retry in a few seconds."));
            }
            return Panache.withSession(() -> complaints.findById((UUID) stored[1]))
                    .map(complaint -> new Intake(receipt(complaint), true));
        });
    }

    /**
     * Writes a new complaint. Without photos or Idempotency-Key that is a single statement, atomic on its own; with
     * them, the photo rows and the key's completion commit in the same transaction as the complaint.
     */
    private Uni<ParentComplaintReceipt> create(Caller parent, ParentComplaintRequest request,
                                               List<PhotoIntake.PreparedPhoto> photos, String idempotencyKey) {
        return facilityDivision(request).chain(() -> {
            Instant now = clock.instant();
            Complaint complaint = new Complaint();
            complaint.id = UUID.randomUUID();
            complaint.parentId = parent.id();
            complaint.nurseryId = request.nurseryId();
            complaint.facilityName = request.nurseryId() == null ? request.facilityName() : null;
            complaint.facilityAddress = request.nurseryId() == null ? request.facilityAddress() : null;
            // A listed nursery's county is looked up by the insert itself; an unlisted facility's was checked above.
            complaint.divisionCode = request.nurseryId() == null ? request.divisionCode() : null;
            complaint.category = request.category();
            complaint.urgent = request.category().urgent();
            complaint.description = request.description().strip();
            complaint.incidentDate = request.incidentDate();
            complaint.contactPhone = request.contactPhone();
            complaint.status = ComplaintStatus.SUBMITTED;
            complaint.submittedAt = now;
            setDeadlines(complaint, now);
            complaint.dueAt = complaint.acceptDueAt;
            complaint.updatedAt = now;
            String day = LocalDate.ofInstant(now, WorkingDayCalendar.CHINA).format(DAY);
            List<ComplaintPhoto> rows = new java.util.ArrayList<>();
            for (int i = 0; i < photos.size(); i++) {
                PhotoIntake.PreparedPhoto prepared = photos.get(i);
                ComplaintPhoto photo = new ComplaintPhoto();
                photo.id = prepared.id();
                photo.complaintId = complaint.id;
                photo.storageKey = prepared.storageKey();
                photo.contentType = prepared.type().mediaType();
                photo.sizeBytes = prepared.content().length;
                photo.sha256 = prepared.sha256();
                photo.position = (short) i;
                rows.add(photo);
            }
            Uni<String> written = rows.isEmpty() && idempotencyKey == null
                    ? insert(pool, complaint, parent, day)
                    : pool.withTransaction(connection -> insert(connection, complaint, parent, day)
                            .call(() -> submissions.insertPhotos(connection, rows))
                            .call(() -> idempotencyKey == null ? Uni.createFrom().voidItem()
                                    : submissions.completeKey(connection, parent.id(), idempotencyKey, complaint.id)));
            return written.map(trackingNumber -> {
                complaint.trackingNumber = trackingNumber;
                return receipt(complaint);
            });
        });
    }

    /** The insert; fails with 422, having written nothing, when the nursery is not listed. */
    private Uni<String> insert(SqlClient client, Complaint complaint, Caller parent, String day) {
        return submissions.insert(client, complaint, parent, day).map(trackingNumber -> {
            if (trackingNumber == null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Nursery " + complaint.nurseryId
                        + " is not listed; to report an unlisted facility, leave out nurseryId and give facilityName, "
                        + "facilityAddress and divisionCode.");
            }
            return trackingNumber;
        });
    }

    /** For an unlisted facility (no nurseryId), checks that its name, address and county are given and the county served. */
    private Uni<Void> facilityDivision(ParentComplaintRequest request) {
        if (request.nurseryId() != null) {
            return Uni.createFrom().voidItem();
        }
        if (request.facilityName() == null || request.facilityAddress() == null || request.divisionCode() == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter(request.facilityName() == null ? "facilityName"
                    : request.facilityAddress() == null ? "facilityAddress" : "divisionCode",
                    "is required when the complaint is not about a listed nursery (no nurseryId)"));
        }
        return divisions.names(request.divisionCode()).map(names -> {
            if (names == null || names.countyName() == null) {
                throw ProblemException.invalidParameter("divisionCode", "must be the code of a county-level division we serve");
            }
            return null;
        });
    }

    void setDeadlines(Complaint complaint, Instant from) {
        int resolveDays = complaint.urgent ? config.urgentResolveWorkingDays()
                : config.resolveWorkingDaysByCategory().getOrDefault(complaint.category.name(), config.resolveWorkingDays());
        WorkingDayCalendar.Deadline resolve = calendar.workingDaysAfter(from, resolveDays);
        if (complaint.urgent) {
            complaint.acceptDueAt = from.plus(Duration.ofHours(config.urgentAcceptHours()));
            complaint.deadlinesProvisional = resolve.provisional();
        } else {
            WorkingDayCalendar.Deadline accept = calendar.workingDaysAfter(from, config.acceptWorkingDays());
            complaint.acceptDueAt = accept.due();
            complaint.deadlinesProvisional = accept.provisional() || resolve.provisional();
        }
        complaint.resolveDueAt = resolve.due();
    }

    /**
     * Substantiated (or partly substantiated) complaints about a nursery resolved since a day, without anything that
     * could identify who complained: they count in the nursery's public disclosure and timeline.
     */
    @WithSession
    public Uni<List<PublicComplaintOutcome>> substantiatedOutcomes(UUID nurseryId, LocalDate since) {
        Instant from = since.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        return complaints.list("nurseryId = ?1 and status = ?2 and finding in ?3 and resolvedAt >= ?4 order by resolvedAt desc",
                        nurseryId, ComplaintStatus.RESOLVED, List.of(Finding.SUBSTANTIATED, Finding.PARTLY_SUBSTANTIATED), from)
                .map(list -> list.stream().map(c -> new PublicComplaintOutcome(
                        LocalDate.ofInstant(c.resolvedAt, WorkingDayCalendar.CHINA), c.category, c.finding)).toList());
    }

    @WithSession
    public Uni<List<ParentComplaintSummary>> listOwn(Caller parent) {
        return complaints.list("parentId = ?1 order by submittedAt desc", parent.id()).map(list -> list.stream()
                .map(c -> new ParentComplaintSummary(c.id, c.trackingNumber, c.category, c.status, c.submittedAt, c.dueAt))
                .toList());
    }

    @WithSession
    public Uni<ParentComplaintView> getOwn(Caller parent, UUID id) {
        return own(parent, id).chain(this::parentView);
    }

    /** The parent answers a handler's question; the complaint goes back to the handler. */
    @WithTransaction
    public Uni<ParentComplaintView> provideInformation(Caller parent, UUID id, String text) {
        return own(parent, id).chain(complaint -> {
            requireStatus(complaint, ComplaintStatus.INFO_REQUESTED, "add information: nobody has asked for any");
            return transition(complaint, parent, "PROVIDE_INFO", ComplaintStatus.ACCEPTED, text);
        }).chain(this::parentView);
    }

    @WithTransaction
    public Uni<ParentComplaintView> rate(Caller parent, UUID id, ParentRating rating) {
        return own(parent, id).chain(complaint -> {
            requireStatus(complaint, ComplaintStatus.RESOLVED, "be rated before it is resolved");
            complaint.rating = rating.score().shortValue();
            complaint.ratingComment = rating.comment();
            complaint.updatedAt = clock.instant();
            return record(complaint, parent, "RATE", complaint.status, "评价 " + rating.score() + " 分", null, true)
                    .replaceWith(complaint);
        }).chain(this::parentView);
    }

    /** Once, within the configured days after the resolution, a dissatisfied parent may reopen. */
    @WithTransaction
    public Uni<ParentComplaintView> reopen(Caller parent, UUID id, String reason) {
        return own(parent, id).chain(complaint -> {
            requireStatus(complaint, ComplaintStatus.RESOLVED, "be reopened before it is resolved");
            if (!reopenable(complaint)) {
                throw ProblemException.conflict(complaint.reopenCount > 0
                        ? "This complaint was already reopened once; call the hotline with its tracking number."
                        : "The " + config.reopenDays() + " days to reopen this complaint have passed.");
            }
            Instant now = clock.instant();
            complaint.reopenCount++;
            complaint.finding = null;
            complaint.resolvedAt = null;
            complaint.resolveDueAt = calendar.workingDaysAfter(now, config.resolveWorkingDays()).due();
            complaint.dueAt = complaint.resolveDueAt;
            return transition(complaint, parent, "REOPEN", ComplaintStatus.ACCEPTED, reason);
        }).chain(this::parentView);
    }

    private Uni<Complaint> transition(Complaint complaint, Caller actor, String action, ComplaintStatus to, String text) {
        ComplaintStatus from = complaint.status;
        complaint.status = to;
        complaint.updatedAt = clock.instant();
        return record(complaint, actor, action, from, text, null, true)
                .chain(() -> audit.record(actor, "COMPLAINT_" + action, "complaint", complaint.id.toString(), from.name(),
                        to.name(), null))
                .replaceWith(complaint);
    }

    /** Appends to the history and, when the parent should hear about it, announces it through the outbox. */
    Uni<Void> record(Complaint complaint, Caller actor, String action, ComplaintStatus from, String publicText,
                     String internalText, boolean visibleToParent) {
        ComplaintEvent event = new ComplaintEvent();
        event.id = UUID.randomUUID();
        event.complaintId = complaint.id;
        event.occurredAt = clock.instant();
        event.actorRole = actor.primaryRole();
        event.actorId = actor.id();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = complaint.status;
        event.publicText = publicText;
        event.internalText = internalText;
        event.visibleToParent = visibleToParent;
        Uni<Void> notify = visibleToParent && !"PARENT".equals(actor.primaryRole())
                ? outbox.enqueue(STATUS_TOPIC, complaint.id.toString(), notification(complaint, action, event.occurredAt))
                : Uni.createFrom().voidItem();
        return events.persist(event).chain(() -> notify);
    }

    private String notification(Complaint complaint, String action, Instant at) {
        try {
            return json.writeValueAsString(new ComplaintNotifications.Payload(complaint.parentId, complaint.trackingNumber,
                    complaint.status.name(), action, at));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Uni<Complaint> own(Caller parent, UUID id) {
        return complaints.findById(id).map(complaint -> {
            if (complaint == null || !complaint.parentId.equals(parent.id())) {
                // Another parent's complaint is indistinguishable from none at all.
                throw ProblemException.notFound("You have no complaint " + id + ".");
            }
            return complaint;
        });
    }

    private static void requireStatus(Complaint complaint, ComplaintStatus expected, String what) {
        if (complaint.status != expected) {
            throw ProblemException.conflict("A complaint that is " + complaint.status + " cannot " + what + ".");
        }
    }

    private boolean reopenable(Complaint complaint) {
        return complaint.status == ComplaintStatus.RESOLVED && complaint.reopenCount == 0 && complaint.resolvedAt != null
                && complaint.resolvedAt.plus(Duration.ofDays(config.reopenDays())).isAfter(clock.instant());
    }

    /** A photo of the parent's own complaint: [content type, bytes]. */
    @WithSession
    public Uni<StoredPhoto> ownPhoto(Caller parent, UUID complaintId, UUID photoId) {
        return own(parent, complaintId).chain(complaint -> photo(complaint.id, photoId));
    }

    /** A stored photo of a complaint; 404 when the complaint has no such photo. */
    Uni<StoredPhoto> photo(UUID complaintId, UUID photoId) {
        return photoRows.find("id = ?1 and complaintId = ?2", photoId, complaintId).firstResult().chain(row -> {
            if (row == null) {
                return Uni.createFrom().failure(ProblemException.notFound("This complaint has no photo " + photoId + "."));
            }
            return photoIntake.read(row.storageKey).map(bytes -> new StoredPhoto(row.contentType, bytes));
        });
    }

    /** A photo's media type and bytes. */
    public record StoredPhoto(String contentType, byte[] content) {
    }

    Uni<List<UUID>> photoIds(UUID complaintId) {
        return photoRows.list("complaintId = ?1 order by position", complaintId)
                .map(rows -> rows.stream().map(row -> row.id).toList());
    }

    private Uni<ParentComplaintView> parentView(Complaint c) {
        return photoIds(c.id).chain(photos -> parentView(c, photos));
    }

    private Uni<ParentComplaintView> parentView(Complaint c, List<UUID> photos) {
        return events.list("complaintId = ?1 and visibleToParent = true order by occurredAt", c.id).map(history ->
                new ParentComplaintView(c.id, c.trackingNumber, c.nurseryId, c.facilityName, c.category, c.status, c.urgent,
                        c.description, c.incidentDate, c.submittedAt, c.acceptDueAt, c.resolveDueAt, c.finding,
                        c.rating == null ? null : c.rating.intValue(), c.ratingComment, reopenable(c), photos,
                        history.stream().map(e -> new ParentComplaintView.Step(e.occurredAt, e.action, e.toStatus, e.publicText))
                                .toList()));
    }

    static ParentComplaintReceipt receipt(Complaint c) {
        return new ParentComplaintReceipt(c.id, c.trackingNumber, c.status, c.urgent, c.acceptDueAt, c.resolveDueAt,
                c.deadlinesProvisional);
    }

    private String fingerprint(ParentComplaintRequest request, List<PhotoIntake.PreparedPhoto> photos) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(request));
            photos.forEach(photo -> digest.update(photo.sha256().getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }

}
