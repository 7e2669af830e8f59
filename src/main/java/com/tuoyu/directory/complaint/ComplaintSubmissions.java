package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The writes of a complaint's intake, in SQL on the reactive client rather than through Hibernate: intake is the one
 * write parents can send at hundreds per second, and each of its round trips held a pool connection (issue #8: a
 * complaint took nine sequential round trips — begin, three queries hydrating the nursery, its filing and its filing
 * history to learn two facts, the sequence, three inserts and commit). Now a complaint without photos or
 * Idempotency-Key is one statement, atomic on its own (autocommit); the others run it in a transaction with their
 * photo rows and key.
 */
@ApplicationScoped
@lombok.RequiredArgsConstructor
class ComplaintSubmissions {

    private final PersonalDataCipher cipher;

    /**
     * The complaint, its first history entry ({@code ComplaintHistory.record}: SUBMIT, visible to the parent, no
     * notification since the parent is the actor) and its audit line ({@code AuditLog.record}:
     * COMPLAINT_SUBMITTED, with the complaint's county and nursery as {@code AuditSubjects} would give), in one
     * statement. The county is the one given for an unlisted facility, or the listed
     * nursery's when its filing is in force ({@code FilingStatus.inForce}: FILED); any other nursery gives no row,
     * and nothing is written, not even a tracking number drawn. The tracking number's daily part is the sequence's
     * last six digits, as it always was. The child rows' foreign keys are checked at the end of the statement, when
     * the complaint row exists.
     */
    /**
     * The audit line of a submission names no parent account (the complaint, its subject, leads to the parent while
     * the account exists): the audit trail is append-only, so an account id there could never be erased (PIPL art. 47).
     */
    static final String PARENT_IN_AUDIT = "parent";

    static final String INSERT = """
            with target as (
                select $7::varchar as division_code where $4::uuid is null
                union all
                select n.division_code from nursery n join filing f on f.nursery_id = n.id
                where n.id = $4::uuid and f.status = 'FILED'
            ), submitted as (
                insert into complaint (id, tracking_number, parent_id, nursery_id, facility_name, facility_address,
                                       division_code, category, urgent, description, incident_date, contact_phone_sealed, status,
                                       submitted_at, accept_due_at, resolve_due_at, due_at, deadlines_provisional,
                                       updated_at, sensitive_consent_at)
                select $1::uuid, 'TS' || $2::text || '-' || lpad((nextval('complaint_tracking_seq') % 1000000)::text, 6, '0'),
                       $3::text, $4::uuid, $5::text, $6::text, target.division_code, $8::text, $9::boolean, $10::text,
                       $11::date, $12::text, $13::text, $14::timestamptz, $15::timestamptz, $16::timestamptz,
                       $17::timestamptz, $18::boolean, $14::timestamptz, $22::timestamptz
                from target
                returning id, tracking_number, division_code, nursery_id
            ), history as (
                insert into complaint_event (id, complaint_id, occurred_at, actor_role, actor_id, action, from_status,
                                             to_status, public_text, internal_text, visible_to_parent)
                select $19::uuid, id, $14::timestamptz, $20::text, $21::text, 'SUBMIT', null, $13::text,
                       '已收到您的投诉，编号 ' || tracking_number, null, true
                from submitted
            ), audited as (
                insert into audit_entry (occurred_at, actor_role, actor_id, action, subject_type, subject_id, before_state,
                                         after_state, reason, division_code, nursery_id)
                select $14::timestamptz, $20::text, $23::text, 'COMPLAINT_SUBMITTED', 'complaint', id::text, null, $13::text,
                       null, division_code, nursery_id
                from submitted
            )
            select tracking_number from submitted
            """;

    private static final String INSERT_PHOTO = "insert into complaint_photo (id, complaint_id, storage_key, content_type, "
            + "size_bytes, sha256, position) values ($1, $2, $3, $4, $5, $6, $7)";

    private static final String COMPLETE_KEY = "update idempotency_record set complaint_id = $3 where parent_id = $1 and key = $2";

    /**
     * Writes a new complaint (its fields but the tracking number already set, status SUBMITTED) with its history
     * entry and audit line; answers the tracking number, or null when its nursery is not listed.
     *
     * @param day the submission day in China, yyyyMMdd, for the tracking number
     */
    Uni<String> insert(SqlClient client, Complaint c, Caller parent, String day) {
        // Arrays.asList, unlike List.of, takes the null fields.
        Tuple values = Tuple.from(Arrays.asList(c.id, day, c.parentId, c.nurseryId, c.facilityName, c.facilityAddress,
                c.divisionCode, c.category.name(), c.urgent, c.description, c.incidentDate, cipher.seal(c.contactPhone), c.status.name(), utc(c.submittedAt), utc(c.acceptDueAt),
                utc(c.resolveDueAt), utc(c.dueAt), c.deadlinesProvisional, UUID.randomUUID(), parent.primaryRole(),
                parent.id(), c.sensitiveConsentAt == null ? null : utc(c.sensitiveConsentAt), PARENT_IN_AUDIT));
        return client.preparedQuery(INSERT).execute(values).map(rows -> {
            RowIterator<Row> found = rows.iterator();
            return found.hasNext() ? found.next().getString(0) : null;
        });
    }

    Uni<Void> insertPhotos(SqlClient client, List<ComplaintPhoto> photos) {
        if (photos.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery(INSERT_PHOTO).executeBatch(photos.stream().map(p -> Tuple.from(List.of(p.id,
                p.complaintId, p.storageKey, p.contentType, p.sizeBytes, p.sha256, p.position))).toList()).replaceWithVoid();
    }

    /** Marks a parent's Idempotency-Key as answered by this complaint, in the complaint's transaction. */
    Uni<Void> completeKey(SqlClient client, String parentId, String key, UUID complaintId) {
        return client.preparedQuery(COMPLETE_KEY).execute(Tuple.of(parentId, key, complaintId)).replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
