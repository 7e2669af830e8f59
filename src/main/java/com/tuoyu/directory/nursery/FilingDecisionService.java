package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.dto.AdminFiling;
import com.tuoyu.directory.nursery.dto.AdminFilingDecision;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Filing officers' decisions on the filings of their districts. Which decision may follow which status, and what
 * it changes, is the filing's own rule ({@link Filing#decide}); this service loads the filing, adds the checks that
 * need the database (a receipt only with complete, unexpired materials and a filing number nobody else has), and
 * records the step: in the filing history, the audit trail and, for the public directory, the outbox.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FilingDecisionService {

    private final DistrictScope scope;
    private final FilingViews views;
    private final FilingRepository filings;
    private final FilingEventRepository filingEvents;
    private final FilingMaterialRepository materials;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Applies a decision to a filing in the officer's districts: an illegal transition or a stale version is 409,
     * a receipt with missing or expired materials 422.
     */
    @WithTransaction
    public Uni<AdminFiling> decide(Caller officer, UUID nurseryId, AdminFilingDecision decision) {
        FilingDecision kind = decision.decision();
        // What the decision lacks, or a date in the future, is told before anything is loaded.
        Optional<Filing.Refusal> lacking = kind.lacking(decision.filingNumber(), decision.reasons());
        if (lacking.isPresent()) {
            return Uni.createFrom().failure(problem(lacking.get(), decision, null));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = decision.decidedOn() == null ? today : decision.decidedOn();
        if (on.isAfter(today)) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("decidedOn", "不能晚于今天", "must not be in the future"));
        }
        Instant now = clock.instant();
        return scope.nursery(officer, nurseryId).chain(nursery -> scope.filingOf(nursery).chain(filing -> {
            Filing.Verdict verdict = filing.decide(kind, decision.version(), on, decision.filingNumber(), decision.reasons());
            if (verdict instanceof Filing.Refused refused) {
                return Uni.createFrom().failure(problem(refused.refusal(), decision, filing));
            }
            Filing.Step step = (Filing.Step) verdict;
            Uni<Void> checks = kind == FilingDecision.FILE
                    ? requireCompleteMaterials(nursery, filing, today).chain(() -> requireUnusedNumber(filing, step.filingNumber()))
                    : Uni.createFrom().voidItem();
            return checks.chain(() -> {
                filing.take(step, now);
                nursery.updatedAt = now;
                return filingEvents.persist(FilingEvent.of(filing, step, now))
                        // Flushing now turns a concurrent decision into an optimistic-lock failure (409).
                        .chain(() -> filings.flush())
                        .chain(() -> audit.record(officer, "FILING_" + kind.name(), "nursery", nurseryId.toString(),
                                step.from().name(), step.to().name(), step.reasons()))
                        .chain(() -> outbox.enqueue(NurseryService.CHANGED_TOPIC, nurseryId.toString(), null))
                        .chain(() -> filings.flush())
                        .chain(() -> views.filing(nursery, filing));
            });
        }));
    }

    /** The problem an officer is answered with; {@code filing} is null for what is told before loading it. */
    private static ProblemException problem(Filing.Refusal refusal, AdminFilingDecision decision, Filing filing) {
        return switch (refusal) {
            case MISSING_FILING_NUMBER -> ProblemException.invalidParameter("filingNumber", "予以备案时必须填写", "is required to file");
            case MISSING_REASONS -> ProblemException.invalidParameter("reasons",
                    decision.decision() + " 时必须填写理由：理由会公开", "are required for " + decision.decision() + ": they are made public");
            case STALE_VERSION -> ProblemException.conflict("这份备案在你加载后已被他人处理（你看到的是第 "
                    + decision.version() + " 版，现在是第 " + filing.version + " 版）；请重新加载后再试。",
                    "Someone else decided on this filing since you loaded it "
                    + "(version " + decision.version() + ", now " + filing.version + "); reload it and try again.");
            case ILLEGAL_TRANSITION -> ProblemException.conflict("状态为 " + filing.status + " 的备案不能作出 "
                    + decision.decision() + " 决定。", "A filing that is " + filing.status
                    + " cannot be decided " + decision.decision() + ".");
            case BEFORE_PREVIOUS_STEP -> ProblemException.invalidParameter("decidedOn", "不能早于备案的上一步骤日期 "
                    + filing.previousStepOn(), "must not be before "
                    + filing.previousStepOn() + ", the filing's previous step");
        };
    }

    private Uni<Void> requireCompleteMaterials(Nursery nursery, Filing filing, LocalDate today) {
        return materials.list("filingId", filing.id).chain(documents -> {
            List<MaterialChecklist.Line> unmet = FilingViews.checklist(nursery, documents, today).stream()
                    .filter(l -> l.state() != MaterialChecklist.State.PRESENT).toList();
            if (unmet.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            String missing = unmet.stream()
                    .map(l -> l.requirement().label() + (l.state() == MaterialChecklist.State.MISSING ? "（缺）" : "（已过期）"))
                    .collect(Collectors.joining("、"));
            List<FieldText> errors = unmet.stream()
                    .map(l -> l.state() == MaterialChecklist.State.MISSING
                            ? FieldText.of("materials." + l.requirement().name(), "缺少", "is missing")
                            : FieldText.of("materials." + l.requirement().name(), "已于 " + l.validUntil() + " 过期",
                                    "expired on " + l.validUntil()))
                    .toList();
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, Text.of(
                    "必需材料缺少或已过期，不能予以备案：" + missing + "。请上传这些材料，或说明理由后退回（RETURN）备案。",
                    "The filing cannot be filed while required materials are missing or expired: " + missing
                    + ". Upload them, or RETURN the filing with reasons."), errors));
        });
    }

    private Uni<Void> requireUnusedNumber(Filing filing, String number) {
        return filings.count("filingNumber = ?1 and id <> ?2", number, filing.id).chain(count -> count > 0
                ? Uni.createFrom().failure(ProblemException.conflict("备案号 " + number + " 已分配给另一家托育机构。",
                        "Filing number " + number + " is already given to another nursery."))
                : Uni.createFrom().voidItem());
    }
}
