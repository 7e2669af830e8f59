package com.tuoyu.directory.platform.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.bouncycastle.crypto.digests.SM3Digest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit trail's hash chain (GB/T 22239-2019 level 3 asks audit records to be protected from change; GB/T
 * 39786-2021 names SM3 for integrity): each entry's hash is SM3 of the previous entry's hash followed by the entry's
 * canonical content, so changing, removing or inserting an entry breaks every link after it.
 *
 * <p>Entries are written unlinked with their action and linked afterwards, in id order, by {@link AuditSealer}, which
 * takes the chain head's row lock ({@code select ... for update}): two replicas never claim the same predecessor,
 * and an action never waits for another's commit. An entry is unlinked for about a second (the verification counts
 * such entries as {@code unsealed}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private final AuditRepository entries;

    /** The chain's last link. */
    record Head(long seq, String hash) {
    }

    /** The head, locked until the transaction ends: appends wait for each other here. */
    Uni<Head> lockHead() {
        return entries.getSession().chain(session -> session
                .createNativeQuery("select last_seq || ' ' || last_hash from audit_chain_head where id = 1 for update", String.class)
                .getSingleResult()
                .map(head -> {
                    String[] parts = head.split(" ");
                    return new Head(Long.parseLong(parts[0]), parts[1]);
                }));
    }

    /** The head after new links; Hibernate flushes the entries first (an auto-flush before a native statement). */
    Uni<Void> moveHead(long seq, String hash) {
        return entries.flush().chain(() -> entries.getSession()).chain(session -> session
                .createNativeQuery("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .setParameter("seq", seq)
                .setParameter("hash", hash)
                .executeUpdate()).replaceWithVoid();
    }

    /** The head as it stands, not locked (for the verification). */
    Uni<Head> head() {
        return entries.getSession().chain(session -> session
                .createNativeQuery("select last_seq || ' ' || last_hash from audit_chain_head where id = 1", String.class)
                .getSingleResult()
                .map(head -> {
                    String[] parts = head.split(" ");
                    return new Head(Long.parseLong(parts[0]), parts[1]);
                }));
    }

    /** SM3(previous hash as bytes ‖ canonical content), hex. */
    static String hash(String prevHash, AuditEntry entry) {
        byte[] content = canonical(entry);
        byte[] previous = HexFormat.of().parseHex(prevHash);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(previous, 0, previous.length);
        sm3.update(content, 0, content.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /**
     * Every stored field but the id (an identity value: a rolled-back insert skips one, which is no tampering) and the
     * hashes, in a fixed order, each prefixed by its UTF-8 length (-1 for null) so that no two contents read alike.
     * The time as epoch microseconds: what PostgreSQL keeps of it.
     */
    static byte[] canonical(AuditEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, String.valueOf(e.chainSeq));
        field(out, e.occurredAt == null ? null : String.valueOf(micros(e.occurredAt)));
        field(out, e.actorRole);
        field(out, e.actorId);
        field(out, e.action);
        field(out, e.subjectType);
        field(out, e.subjectId);
        field(out, e.beforeState);
        field(out, e.afterState);
        field(out, e.reason);
        field(out, e.divisionCode);
        field(out, e.nurseryId == null ? null : e.nurseryId.toString());
        return out.toByteArray();
    }

    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }
}
