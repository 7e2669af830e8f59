package com.tuoyu.directory.nursery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Which required filing materials are present, missing or expired on a day. A requirement is met by any document
 * of an accepted kind that has not expired (no valid-until date, or one on or after the day); if all such documents
 * have expired it is EXPIRED; if there is none it is MISSING.
 */
public final class MaterialChecklist {

    public enum State { PRESENT, MISSING, EXPIRED }

    /** What the checklist needs to know of one document. */
    public record Document(MaterialKind kind, LocalDate validUntil) {
    }

    /** One line: the requirement, its state, and until when the best document for it is valid (null: open-ended). */
    public record Line(MaterialRequirement requirement, State state, LocalDate validUntil) {
    }

    private MaterialChecklist() {
    }

    public static List<Line> evaluate(Collection<Document> documents, boolean mealsProvided, LocalDate day) {
        return MaterialRequirement.applicable(mealsProvided).stream().map(requirement -> {
            List<Document> matching = documents.stream().filter(d -> requirement.satisfiedBy().contains(d.kind())).toList();
            if (matching.isEmpty()) {
                return new Line(requirement, State.MISSING, null);
            }
            List<Document> valid = matching.stream().filter(d -> d.validUntil() == null || !d.validUntil().isBefore(day)).toList();
            if (valid.isEmpty()) {
                LocalDate latest = matching.stream().map(Document::validUntil).max(LocalDate::compareTo).orElse(null);
                return new Line(requirement, State.EXPIRED, latest);
            }
            boolean openEnded = valid.stream().anyMatch(d -> d.validUntil() == null);
            LocalDate until = openEnded ? null : valid.stream().map(Document::validUntil).max(LocalDate::compareTo).orElseThrow();
            return new Line(requirement, State.PRESENT, until);
        }).toList();
    }

    public static boolean complete(List<Line> lines) {
        return lines.stream().allMatch(l -> l.state() == State.PRESENT);
    }
}
