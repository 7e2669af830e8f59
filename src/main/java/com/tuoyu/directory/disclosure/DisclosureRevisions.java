package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.disclosure.dto.AdminFlag;
import com.tuoyu.directory.disclosure.dto.AdminRevision;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.text.Texts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The revision history of a nursery's disclosed sections: every change is a new numbered revision (who, when, source,
 * as-of date, flags), audited and announced through the outbox in the caller's transaction. Also used by the fees
 * feature for the inclusive mark.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DisclosureRevisions {

    private static final TypeReference<List<StoredFlag>> FLAG_LIST = new TypeReference<>() {
    };

    private final DisclosureRevisionRepository revisions;
    private final NurseryService nurseries;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    /** The number of the section's latest revision; 0 before the first. */
    public Uni<Integer> latest(UUID id, DisclosureSection section) {
        return revisions.latestRevision(id, section);
    }

    /** Revisions of a section, newest first. */
    @WithSession
    public Uni<List<AdminRevision>> history(UUID id, DisclosureSection section) {
        return revisions.history(id, section).map(list -> list.stream().map(this::toAdmin).toList());
    }

    /** The latest revision number, or a conflict when the caller saw another one (none expected: any). */
    public Uni<Integer> expect(UUID id, DisclosureSection section, Integer expected) {
        return revisions.latestRevision(id, section).chain(current -> {
            if (expected != null && expected.intValue() != current) {
                return Uni.createFrom().failure(ProblemException.conflict(section.name().toLowerCase() + " 部分现在是第 " + current
                        + " 版，不是第 " + expected + " 版：其间有人修改过。请重新加载后再改。",
                        "The " + section.name().toLowerCase() + " section is at revision "
                        + current + ", not " + expected + ": someone changed it meanwhile. Reload it and apply your change again."));
            }
            return Uni.createFrom().item(current);
        });
    }

    public Uni<AdminRevision> record(Caller caller, UUID id, DisclosureSection section, int number, Object content,
                                      RevisionSource source, LocalDate asOf, String note, String before,
                                      List<AdminFlag> flags) {
        if (source == RevisionSource.BULK_IMPORT) {
            // A register imported again states the same facts again: that is no new revision, no audit, no change.
            String serialized = json.write(content);
            return revisions.history(id, section).chain(previous -> {
                // The facts as they stand now: the rows before this change, or for safety the latest revision.
                boolean sameFacts = before != null ? before.equals(serialized)
                        : !previous.isEmpty() && previous.get(0).content.equals(serialized);
                if (!previous.isEmpty() && sameFacts && Objects.equals(previous.get(0).asOf, asOf)) {
                    return Uni.createFrom().item(toAdmin(previous.get(0)));
                }
                return persistRevision(caller, id, section, number, content, source, asOf, note, before, flags);
            });
        }
        return persistRevision(caller, id, section, number, content, source, asOf, note, before, flags);
    }

    private Uni<AdminRevision> persistRevision(Caller caller, UUID id, DisclosureSection section, int number, Object content,
                                               RevisionSource source, LocalDate asOf, String note, String before,
                                               List<AdminFlag> flags) {
        DisclosureRevision revision = new DisclosureRevision();
        revision.id = UUID.randomUUID();
        revision.nurseryId = id;
        revision.section = section;
        revision.revision = number;
        revision.content = json.write(content);
        revision.source = source;
        revision.asOf = asOf;
        revision.recordedBy = caller.id();
        revision.recordedRole = caller.primaryRole();
        revision.recordedAt = clock.instant();
        revision.note = Texts.blankToNull(note);
        revision.flags = json.write(flags.stream().map(StoredFlag::of).toList());
        return revisions.persist(revision)
                .chain(() -> audit.record(caller, "DISCLOSURE_REVISED:" + section, "nursery", id.toString(), before,
                        revision.content, revision.note == null ? source.name() : source + ": " + revision.note))
                .chain(() -> nurseries.recordPublicChange(List.of(id)))
                .map(x -> toAdmin(revision));
    }

    private AdminRevision toAdmin(DisclosureRevision r) {
        return new AdminRevision(r.nurseryId, r.section.name(), r.revision, r.asOf, r.source.name(), r.recordedBy,
                r.recordedRole, r.recordedAt, r.note, json.tree(r.content),
                json.read(r.flags, FLAG_LIST).stream().map(StoredFlag::flag).toList());
    }

    /**
     * A flag as kept with its revision: both wordings, so the history reads in the language of whoever opens it.
     * Flags recorded before the wordings were paired (one English message, no {@code messageEn}) read as that message.
     */
    record StoredFlag(String code, String field, String message, String messageEn) {

        static StoredFlag of(AdminFlag flag) {
            return new StoredFlag(flag.code(), flag.field(), flag.message().zh(), flag.message().en());
        }

        AdminFlag flag() {
            return new AdminFlag(code, field, Text.of(message, messageEn == null ? message : messageEn));
        }
    }
}
