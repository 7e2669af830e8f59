package com.tuoyu.directory.disclosure;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.dto.AdminExpiringPermit;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.DisclosedFacts;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Permits about to expire or expired without renewal, for filing officers to chase. */
@ApplicationScoped
@RequiredArgsConstructor
public class ExpiringPermitService {

    private final PermitRepository permits;
    private final NurseryService nurseries;
    private final Clock clock;

    /**
     * Permits of nurseries in the caller's districts that expire within {@code withinDays} or have expired, unless a
     * permit of the same kind valid beyond the window replaces them; soonest first.
     */
    @WithSession
    public Uni<List<AdminExpiringPermit>> expiringPermits(Caller caller, int withinDays) {
        LocalDate today = LocalDate.now(clock);
        LocalDate limit = today.plusDays(withinDays);
        return permits.list("validUntil <= ?1", limit).chain(expiring -> {
            Set<UUID> ids = expiring.stream().map(p -> p.nurseryId).collect(Collectors.toSet());
            if (ids.isEmpty()) {
                return Uni.createFrom().item(List.<AdminExpiringPermit>of());
            }
            return nurseries.disclosedFacts(ids).chain(found -> {
                Map<UUID, DisclosedFacts> byId = found.stream().filter(n -> caller.covers(n.divisionCode()))
                        .collect(Collectors.toMap(DisclosedFacts::id, Function.identity()));
                if (byId.isEmpty()) {
                    return Uni.createFrom().item(List.<AdminExpiringPermit>of());
                }
                return permits.list("nurseryId in ?1 and (validUntil is null or validUntil > ?2)", byId.keySet(), limit)
                        .map(renewals -> {
                            Set<String> renewed = renewals.stream().map(p -> p.nurseryId + ":" + p.kind).collect(Collectors.toSet());
                            return expiring.stream()
                                    .filter(p -> byId.containsKey(p.nurseryId) && !renewed.contains(p.nurseryId + ":" + p.kind))
                                    .map(p -> {
                                        DisclosedFacts n = byId.get(p.nurseryId);
                                        long days = ChronoUnit.DAYS.between(today, p.validUntil);
                                        return new AdminExpiringPermit(n.id(), n.name(), n.divisionCode(), p.kind, p.number,
                                                p.validUntil, days, days < 0);
                                    })
                                    .sorted(Comparator.comparing(AdminExpiringPermit::validUntil)
                                            .thenComparing(AdminExpiringPermit::nurseryName).thenComparing(AdminExpiringPermit::kind))
                                    .toList();
                        });
            });
        });
    }
}
