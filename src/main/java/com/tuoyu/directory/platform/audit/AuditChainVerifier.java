package com.tuoyu.directory.platform.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;

/**
 * Walks the hash chain from its first link to its head and reports the first place it does not hold: an entry whose
 * content no longer gives its hash (edited), an entry whose previous hash is not its predecessor's (a link edited or
 * an entry removed or inserted), a missing position (gap), or a head that the last entry does not reach (entries cut
 * off the end). Read only; pages of {@link #PAGE} entries by position.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditChainVerifier {

    static final int PAGE = 1000;

    /** How the chain breaks at an entry. */
    public enum Break { EDITED, LINK, GAP, TAIL }

    /** The first break: the chain position, the entry's id (null for TAIL) and when it was written. */
    public record FirstBreak(long seq, Long entryId, Instant occurredAt, Break kind) {
    }

    /** {@code firstSeq} above 1 means older entries were removed by the retention schedule (the chain starts there). */
    public record Verification(boolean intact, long checked, Long firstSeq, Long lastSeq, long unsealed, String headHash,
                               FirstBreak firstBreak) {
    }

    private final AuditRepository entries;
    private final AuditChain chain;

    private record Walk(long checked, Long firstSeq, AuditEntry last, FirstBreak broken) {
    }

    @WithSession
    public Uni<Verification> verify() {
        return chain.head().chain(head -> entries.count("chainSeq is null").chain(unsealed ->
                walk(new Walk(0, null, null, null)).map(walk -> {
                    FirstBreak broken = walk.broken();
                    Long lastSeq = walk.last() == null ? null : walk.last().chainSeq;
                    if (broken == null) {
                        long reached = lastSeq == null ? 0 : lastSeq;
                        String reachedHash = walk.last() == null ? AuditChain.GENESIS : walk.last().entryHash;
                        if (reached != head.seq() || !reachedHash.equals(head.hash())) {
                            broken = new FirstBreak(reached + 1, null, null, Break.TAIL);
                        }
                    }
                    return new Verification(broken == null, walk.checked(), walk.firstSeq(), lastSeq, unsealed,
                            head.hash(), broken);
                })));
    }

    private Uni<Walk> walk(Walk so) {
        long after = so.last() == null ? 0 : so.last().chainSeq;
        return entries.find("chainSeq > ?1 order by chainSeq", after).page(0, PAGE).list().chain(page -> {
            Walk next = check(so, page);
            // Each page leaves the session: a long log is walked in constant memory.
            return entries.getSession().invoke(session -> session.clear()).chain(() ->
                    next.broken() != null || page.size() < PAGE ? Uni.createFrom().item(next) : walk(next));
        });
    }

    private static Walk check(Walk so, List<AuditEntry> page) {
        long checked = so.checked();
        Long firstSeq = so.firstSeq();
        AuditEntry previous = so.last();
        for (AuditEntry entry : page) {
            if (firstSeq == null) {
                firstSeq = entry.chainSeq;
                // The very first link hangs on the genesis value; a later first link (older ones purged) is taken as given.
                if (entry.chainSeq == 1 && !AuditChain.GENESIS.equals(entry.prevHash)) {
                    return new Walk(checked, firstSeq, previous, at(entry, Break.LINK));
                }
            } else if (entry.chainSeq != previous.chainSeq + 1) {
                return new Walk(checked, firstSeq, previous, new FirstBreak(previous.chainSeq + 1, null, null, Break.GAP));
            } else if (!previous.entryHash.equals(entry.prevHash)) {
                return new Walk(checked, firstSeq, previous, at(entry, Break.LINK));
            }
            if (!AuditChain.hash(entry.prevHash, entry).equals(entry.entryHash)) {
                return new Walk(checked, firstSeq, previous, at(entry, Break.EDITED));
            }
            checked++;
            previous = entry;
        }
        return new Walk(checked, firstSeq, previous, null);
    }

    private static FirstBreak at(AuditEntry entry, Break kind) {
        return new FirstBreak(entry.chainSeq, entry.id, entry.occurredAt, kind);
    }
}
