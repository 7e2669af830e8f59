package com.tuoyu.directory.platform.audit;

import io.smallrye.mutiny.Uni;

/**
 * Implemented by each feature for the subject types it audits: where one of its subjects belongs. The audit log asks
 * when it writes an entry, inside the writer's transaction (so the subject is usually in the session already), and
 * stores the answer; platform thereby needs no knowledge of the features' tables.
 */
public interface AuditSubjects {

    /** Whether this feature owns subjects of that type (the {@code subjectType} its writes pass to the log). */
    boolean owns(String subjectType);

    /**
     * The subject's scope. May answer a nursery without a division: the log then asks the owner of {@code nursery}
     * for that nursery's division. Unknown subjects answer {@link AuditScope#NONE}.
     */
    Uni<AuditScope> scopeOf(String subjectType, String subjectId);
}
