package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.complaint.dto.ParentComplaintReceipt;
import com.tuoyu.directory.complaint.dto.ParentComplaintRequest;
import com.tuoyu.directory.complaint.dto.PublicComplaintOutcome;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.identity.PhoneNumbers;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.supervision.SubstantiatedComplaints;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A parent's complaint intake (idempotent, with its deadlines), and what other features read of complaints: the
 * substantiated ones about a nursery. The parent's follow-up is {@link ParentComplaintService}'s.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintService implements SubstantiatedComplaints {

    /** Announced whenever a parent should hear about their complaint. */
    public static final String STATUS_TOPIC = "complaint.status-changed";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ComplaintRepository complaints;
    private final ComplaintSubmissions submissions;
    private final Pool pool;
    private final PhotoIntake photoIntake;
    private final DivisionService divisions;
    private final WorkingDayCalendar calendar;
    private final ComplaintConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    /** The outcome of an intake: the receipt, and whether it answers an earlier request with the same key. */
    public record Intake(ParentComplaintReceipt receipt, boolean replayed) {
    }

    /**
     * Takes in a complaint. With an Idempotency-Key, the same key and body give the first complaint again, the
     * same key with another body is 422, and a key whose first request is still being processed is 409.
     */
    public Uni<Intake> submit(Caller parent, String idempotencyKey, ParentComplaintRequest request, List<byte[]> uploads) {
        if (request.category().carriesChildHealthInformation() && !Boolean.TRUE.equals(request.sensitiveConsent())) {
            // PIPL art. 29 and 31: a child's health or injury is sensitive; its processing needs separate consent.
            return Uni.createFrom().failure(ProblemException.invalidParameter("sensitiveConsent",
                    "投诉类别“" + request.category().text().zh() + "”涉及儿童健康或伤害等敏感个人信息，须单独同意处理（sensitiveConsent: true）",
                    "complaints of category " + request.category() + " carry sensitive information about a child's health or "
                            + "injury and need the parent's separate consent to its processing (sensitiveConsent: true)"));
        }
        List<PhotoIntake.PreparedPhoto> photos;
        try {
            photos = photoIntake.prepare(uploads);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        if (idempotencyKey == null) {
            return photoIntake.storeThen(photos, () -> create(parent, request, photos, null))
                    .map(receipt -> new Intake(receipt, false));
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("Idempotency-Key", "长度必须为 1 到 255 个字符", "must be 1 to 255 characters"));
        }
        return fingerprint(request, photos).chain(hash -> reserveOrReplay(parent, idempotencyKey, hash, request, photos));
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
                return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, Text.of(
                        "这个 Idempotency-Key 已用于另一件投诉；新的投诉请使用新的键。",
                        "This Idempotency-Key was already used for a different complaint; use a new key for a new complaint.")));
            }
            if (stored[1] == null) {
                Instant reservedAt = toInstant(stored[2]);
                if (reservedAt.plusSeconds(config.idempotencyInFlightSeconds()).isBefore(clock.instant())) {
                    return Panache.withTransaction(() -> complaints.releaseKey(parent.id(), key))
                            .chain(() -> reserveOrReplay(parent, key, hash, request, photos));
                }
                return Uni.createFrom().failure(ProblemException.conflict(
                        "使用这个 Idempotency-Key 的投诉仍在处理中；请几秒钟后重试。",
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
            complaint.contactPhone = PhoneNumbers.normalize(request.contactPhone());
            complaint.sensitiveConsentAt = Boolean.TRUE.equals(request.sensitiveConsent()) ? now : null;
            complaint.status = ComplaintStatus.SUBMITTED;
            complaint.submittedAt = now;
            setDeadlines(complaint, now);
            complaint.dueAt = complaint.acceptDueAt;
            complaint.updatedAt = now;
            String day = LocalDate.ofInstant(now, WorkingDayCalendar.CHINA).format(DAY);
            List<ComplaintPhoto> rows = new ArrayList<>();
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
        return submissions.insert(client, complaint, parent, day).chain(trackingNumber -> trackingNumber != null
                ? Uni.createFrom().item(trackingNumber)
                : Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, Text.of("托育机构 "
                        + complaint.nurseryId + " 不在名录中；要反映未登记的场所，请不填 nurseryId，并填写 facilityName、"
                        + "facilityAddress 和 divisionCode。", "Nursery " + complaint.nurseryId
                        + " is not listed; to report an unlisted facility, leave out nurseryId and give facilityName, "
                        + "facilityAddress and divisionCode."))));
    }

    /** For an unlisted facility (no nurseryId), checks that its name, address and county are given and the county served. */
    private Uni<Void> facilityDivision(ParentComplaintRequest request) {
        if (request.nurseryId() != null) {
            String extra = request.facilityName() != null ? "facilityName" : request.facilityAddress() != null
                    ? "facilityAddress" : request.divisionCode() != null ? "divisionCode" : null;
            return extra == null ? Uni.createFrom().voidItem() : Uni.createFrom().failure(ProblemException.invalidParameter(
                    extra, "nurseryId 指向名录中的托育机构时不能填写：一件投诉针对名录中的托育机构或未登记的场所，不能两者都有",
                    "must be left out when nurseryId names a listed nursery: a complaint is about a listed nursery "
                            + "or about an unlisted facility, not both"));
        }
        if (request.facilityName() == null || request.facilityAddress() == null || request.divisionCode() == null) {
            return Uni.createFrom().failure(ProblemException.invalidParameter(request.facilityName() == null ? "facilityName"
                    : request.facilityAddress() == null ? "facilityAddress" : "divisionCode",
                    "投诉不针对名录中的托育机构（未填 nurseryId）时必须填写",
                    "is required when the complaint is not about a listed nursery (no nurseryId)"));
        }
        return divisions.names(request.divisionCode()).chain(names -> names != null && names.countyName() != null
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.invalidParameter("divisionCode",
                        "必须是本服务覆盖的县级行政区划代码", "must be the code of a county-level division we serve")));
    }

    /** The acceptance and resolution deadlines of a complaint received at {@code from}, in working days or hours. */
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
        return complaints.substantiated(nurseryId, startOf(since))
                .map(list -> list.stream().map(c -> new PublicComplaintOutcome(
                        LocalDate.ofInstant(c.resolvedAt, WorkingDayCalendar.CHINA), c.category, c.finding)).toList());
    }

    /**
     * The number of substantiated complaints per nursery, as {@link #substantiatedOutcomes} counts them, for many
     * nurseries in one query. A nursery without any is absent.
     */
    @WithSession
    public Uni<Map<UUID, Integer>> substantiatedCounts(Collection<UUID> nurseryIds, LocalDate since) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return complaints.substantiatedCounts(nurseryIds, startOf(since));
    }

    /** The same counts, as the supervision risk score asks for them. */
    @Override
    public Uni<Map<UUID, Integer>> counts(Collection<UUID> nurseryIds, LocalDate since) {
        return substantiatedCounts(nurseryIds, since);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
    }

    static ParentComplaintReceipt receipt(Complaint c) {
        // The bare facts; the resource answers the parent's full receipt (ParentComplaintViews) once it is stored.
        return new ParentComplaintReceipt(c.id, c.trackingNumber, c.status, c.status.text(), c.urgent,
                AdminComplaintViews.local(c.acceptDueAt), AdminComplaintViews.local(c.resolveDueAt), c.deadlinesProvisional,
                null, null, null, null, null);
    }

    /** What an Idempotency-Key's request is recognised by: its body and its photos' contents. */
    private Uni<String> fingerprint(ParentComplaintRequest request, List<PhotoIntake.PreparedPhoto> photos) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(request));
            photos.forEach(photo -> digest.update(photo.sha256().getBytes(StandardCharsets.US_ASCII)));
            return Uni.createFrom().item(HexFormat.of().formatHex(digest.digest()));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            return Uni.createFrom().failure(new IllegalStateException(e));
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }

}
