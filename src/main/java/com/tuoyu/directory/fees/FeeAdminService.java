package com.tuoyu.directory.fees;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.fees.dto.AdminFee;
import com.tuoyu.directory.fees.dto.AdminFeeEntry;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.text.Texts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Fee schedules kept by filing officers: a fee is scheduled from a date and never overwritten (a past date needs a
 * reason); an inclusive nursery's fee may not exceed the guide price in force on its first day. Audited, and
 * announced through the outbox so the public page and the search index follow.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FeeAdminService {

    private final FeeRepository fees;
    private final GuidePriceRepository guidePrices;
    private final NurseriesInScope scope;
    private final NurseryService nurseries;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    @WithTransaction
    public Uni<AdminFee> scheduleFee(Caller caller, UUID id, AdminFeeEntry entry) {
        LocalDate today = LocalDate.now(clock);
        if (entry.effectiveFrom().isBefore(today) && (entry.reason() == null || entry.reason().isBlank())) {
            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("追溯生效的收费会改写家长看到过的信息；请说明原因。",
                            "A fee that takes effect in the past rewrites what parents were shown; give the reason."),
                    List.of(FieldText.of("reason", "effectiveFrom 早于今天时必须填写", "is required when effectiveFrom is before today"))));
        }
        return scope.lockDisclosedFacts(caller, id).chain(n -> fees.listForNursery(id).chain(existing -> {
            if (existing.stream().anyMatch(f -> f.careType == entry.careType() && f.ageGroup == entry.ageGroup()
                    && f.effectiveFrom.equals(entry.effectiveFrom()))) {
                return Uni.createFrom().failure(ProblemException.conflict(entry.effectiveFrom() + " 起的 " + entry.careType() + " " + entry.ageGroup()
                        + " 收费已登记；已有记录不会被覆盖，请从另一日期起设定新的收费。", "A " + entry.careType() + " " + entry.ageGroup()
                        + " fee from " + entry.effectiveFrom() + " is already recorded; entries are never overwritten, "
                        + "schedule a new one from another date."));
            }
            return guidePrices.listForDivision(n.divisionCode()).chain(guideRows -> {
                FeeRules.Price guide = FeeRules.inForce(guideRows.stream().map(GuidePrice::price).toList(),
                        entry.effectiveFrom()).get(entry.careType() + ":" + entry.ageGroup());
                if (n.inclusive() && guide != null && entry.amountYuan() > guide.amountYuan()) {
                    return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("该机构为普惠托育机构：其 " + entry.effectiveFrom() + " 起的 "
                                    + entry.careType() + " " + entry.ageGroup() + " 收费 " + entry.amountYuan() + " 元将超过指导价 "
                                    + guide.amountYuan() + " 元（" + guide.effectiveFrom() + " 起）。请降低收费或先撤销普惠标识。",
                                    "The nursery is inclusive (普惠): its "
                                    + entry.careType() + " " + entry.ageGroup() + " fee " + entry.amountYuan()
                                    + " yuan from " + entry.effectiveFrom() + " would exceed the guide price "
                                    + guide.amountYuan() + " yuan (from " + guide.effectiveFrom()
                                    + "). Lower the fee or withdraw the inclusive mark first."),
                            List.of(FieldText.of("amountYuan", "不能超过指导价 " + guide.amountYuan(),
                                    "must be at most the guide price " + guide.amountYuan()))));
                }
                Instant now = clock.instant();
                Fee fee = new Fee();
                fee.id = UUID.randomUUID();
                fee.nurseryId = id;
                fee.careType = entry.careType();
                fee.ageGroup = entry.ageGroup();
                fee.amountYuan = entry.amountYuan();
                fee.mealFeeYuan = entry.mealFeeYuan();
                fee.effectiveFrom = entry.effectiveFrom();
                fee.recordedBy = caller.id();
                fee.recordedAt = now;
                fee.reason = Texts.blankToNull(entry.reason());
                List<Fee> all = new ArrayList<>(existing);
                all.add(fee);
                return fees.persist(fee)
                        .chain(() -> audit.record(caller, "FEE_SCHEDULED", "nursery", id.toString(), null,
                                json.write(FeeSnapshot.of(fee)), fee.reason))
                        .chain(() -> nurseries.recordPublicChange(List.of(id)))
                        .map(x -> toAdmin(fee, all, guideRows, today));
            });
        }));
    }

    @WithSession
    public Uni<List<AdminFee>> feeHistory(Caller caller, UUID id) {
        LocalDate today = LocalDate.now(clock);
        return scope.disclosedFacts(caller, id).chain(n -> fees.listForNursery(id).chain(rows -> guidePrices.listForDivision(n.divisionCode())
                .map(guides -> rows.stream()
                        .sorted(Comparator.comparing((Fee f) -> f.careType).thenComparing(f -> f.ageGroup)
                                .thenComparing(f -> f.effectiveFrom, Comparator.reverseOrder()))
                        .map(f -> toAdmin(f, rows, guides, today)).toList())));
    }

    private static AdminFee toAdmin(Fee fee, List<Fee> all, List<GuidePrice> guides, LocalDate today) {
        PriceState state = fee.stateAmong(all, today);
        LocalDate judgedOn = state == PriceState.IN_FORCE ? today : fee.effectiveFrom;
        FeeRules.Price guide = FeeRules.inForce(guides.stream().map(GuidePrice::price).toList(), judgedOn)
                .get(fee.careType + ":" + fee.ageGroup);
        return new AdminFee(fee.id, fee.careType, fee.ageGroup, fee.amountYuan, fee.mealFeeYuan, fee.effectiveFrom, state.name(),
                guide == null ? null : guide.amountYuan(), guide == null ? null : fee.amountYuan <= guide.amountYuan(),
                fee.recordedBy, fee.recordedAt, fee.reason);
    }

    /** What the audit line records of a scheduled fee. */
    private record FeeSnapshot(CareType careType, AgeGroup ageGroup, int amountYuan, Integer mealFeeYuan,
                               LocalDate effectiveFrom) {

        static FeeSnapshot of(Fee f) {
            return new FeeSnapshot(f.careType, f.ageGroup, f.amountYuan, f.mealFeeYuan, f.effectiveFrom);
        }
    }
}
