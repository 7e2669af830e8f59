package com.tuoyu.directory.fees;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.fees.dto.AdminGuidePrice;
import com.tuoyu.directory.fees.dto.AdminGuidePriceEntry;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.text.Texts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import com.tuoyu.directory.nursery.NurseryService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** County guide prices (普惠指导价) set by supervisors from a date, never overwritten; audited. */
@ApplicationScoped
@RequiredArgsConstructor
public class GuidePriceService {

    private final GuidePriceRepository guidePrices;
    private final DivisionService divisions;
    private final AuditLog audit;
    private final NurseryService nurseries;
    private final JsonText json;
    private final Clock clock;

    @WithTransaction
    public Uni<AdminGuidePrice> setGuidePrice(Caller caller, AdminGuidePriceEntry entry) {
        LocalDate today = LocalDate.now(clock);
        if (!caller.covers(entry.divisionCode())) {
            return Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有行政区划 " + entry.divisionCode() + "。",
                    "There is no division " + entry.divisionCode() + " in your districts."));
        }
        if (entry.effectiveFrom().isBefore(today) && (entry.reason() == null || entry.reason().isBlank())) {
            return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("追溯生效的指导价需要说明原因。",
                    "A guide price that takes effect in the past needs a reason."),
                    List.of(FieldText.of("reason", "effectiveFrom 早于今天时必须填写", "is required when effectiveFrom is before today"))));
        }
        return divisions.names(entry.divisionCode()).chain(names -> {
            if (names == null || names.countyName() == null) {
                return Uni.createFrom().failure(ProblemException.unprocessable(Text.of("指导价按县级行政区划设定。",
                        "Guide prices are set per county-level division."),
                        List.of(FieldText.of("divisionCode", "必须是县级行政区划", "must be a county-level division"))));
            }
            return guidePrices.listForDivision(entry.divisionCode()).chain(existing -> {
                if (existing.stream().anyMatch(g -> g.careType == entry.careType() && g.ageGroup == entry.ageGroup()
                        && g.effectiveFrom.equals(entry.effectiveFrom()))) {
                    return Uni.createFrom().failure(ProblemException.conflict(entry.divisionCode() + " 已设定 " + entry.effectiveFrom()
                            + " 起的 " + entry.careType() + " " + entry.ageGroup() + " 指导价；请从另一日期起设定新的指导价。",
                            "A " + entry.careType() + " "
                            + entry.ageGroup() + " guide price from " + entry.effectiveFrom() + " is already set for "
                            + entry.divisionCode() + "; set a new one from another date."));
                }
                GuidePrice price = new GuidePrice();
                price.id = UUID.randomUUID();
                price.divisionCode = entry.divisionCode();
                price.careType = entry.careType();
                price.ageGroup = entry.ageGroup();
                price.amountYuan = entry.amountYuan();
                price.effectiveFrom = entry.effectiveFrom();
                price.recordedBy = caller.id();
                price.recordedAt = clock.instant();
                price.reason = Texts.blankToNull(entry.reason());
                List<GuidePrice> all = new ArrayList<>(existing);
                all.add(price);
                return guidePrices.persist(price)
                        .chain(() -> audit.record(caller, "GUIDE_PRICE_SET", "division", entry.divisionCode(), null,
                                json.write(GuidePriceSnapshot.of(price)), price.reason))
                        // Every page of the county shows the guide price next to its fees.
                        .chain(() -> nurseries.idsIn(entry.divisionCode())).chain(nurseries::recordPublicChange)
                        .map(x -> toAdmin(price, all, today));
            });
        });
    }

    @WithSession
    public Uni<List<AdminGuidePrice>> guidePriceHistory(Caller caller, String divisionCode) {
        LocalDate today = LocalDate.now(clock);
        if (!caller.covers(divisionCode)) {
            return Uni.createFrom().failure(ProblemException.notFound("你的辖区内没有行政区划 " + divisionCode + "。",
                    "There is no division " + divisionCode + " in your districts."));
        }
        return guidePrices.listForDivision(divisionCode).map(rows -> rows.stream()
                .sorted(Comparator.comparing((GuidePrice g) -> g.careType).thenComparing(g -> g.ageGroup)
                        .thenComparing(g -> g.effectiveFrom, Comparator.reverseOrder()))
                .map(g -> toAdmin(g, rows, today)).toList());
    }

    private static AdminGuidePrice toAdmin(GuidePrice g, List<GuidePrice> all, LocalDate today) {
        PriceState state = g.stateAmong(all, today);
        return new AdminGuidePrice(g.id, g.divisionCode, g.careType, g.ageGroup, g.amountYuan, g.effectiveFrom, state.name(),
                g.recordedBy, g.recordedAt, g.reason);
    }

    /** What the audit line records of a guide price. */
    private record GuidePriceSnapshot(CareType careType, AgeGroup ageGroup, int amountYuan, LocalDate effectiveFrom) {

        static GuidePriceSnapshot of(GuidePrice g) {
            return new GuidePriceSnapshot(g.careType, g.ageGroup, g.amountYuan, g.effectiveFrom);
        }
    }
}
