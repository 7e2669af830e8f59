package com.tuoyu.directory.audit;

import com.tuoyu.directory.audit.dto.AdminAuditVerification;
import com.tuoyu.directory.platform.audit.AuditChainVerifier;
import com.tuoyu.directory.platform.text.PublicTerm;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;

/** The audit chain's verification, worded for supervisors; a break is also logged for whoever is on call. */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditVerification {

    private static final Logger LOG = Logger.getLogger(AuditVerification.class);

    private final AuditChainVerifier verifier;
    private final Clock clock;

    public Uni<AdminAuditVerification> verify() {
        return verifier.verify().map(v -> {
            AdminAuditVerification.Break broken = null;
            if (v.firstBreak() != null) {
                AuditChainVerifier.FirstBreak b = v.firstBreak();
                LOG.errorf("Audit chain broken at position %d (entry %s): %s", b.seq(), b.entryId(), b.kind());
                broken = new AdminAuditVerification.Break(b.seq(), b.entryId(), b.occurredAt(), term(b.kind()));
            }
            return new AdminAuditVerification(v.intact(), v.checked(), v.firstSeq(), v.lastSeq(), v.unsealed(),
                    v.headHash(), broken, clock.instant());
        });
    }

    static PublicTerm term(AuditChainVerifier.Break kind) {
        return switch (kind) {
            case EDITED -> PublicTerm.of("EDITED", "记录内容被改动", "The entry's content was changed");
            case LINK -> PublicTerm.of("LINK", "与前一条记录的链接不符（前面的记录被删改）",
                    "The link to the previous entry does not match (an entry before it was removed or changed)");
            case GAP -> PublicTerm.of("GAP", "链中缺少记录", "Entries are missing from the chain");
            case TAIL -> PublicTerm.of("TAIL", "链尾的记录缺失", "Entries are missing from the end of the chain");
        };
    }
}
