package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.fees.FeeService;
import com.tuoyu.directory.nursery.NurseryService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Fees published ahead of their date take effect without anyone acting: shortly after midnight (China time),
 * and at every start, nurseries whose fees took effect in the last week are re-announced so the index shows the
 * fee in force. A week covers a service that was down for days; re-announcing is idempotent.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ScheduledChanges {

    private static final Logger LOG = Logger.getLogger(ScheduledChanges.class);
    static final int LOOK_BACK_DAYS = 7;

    private final FeeService fees;
    private final NurseryService nurseries;
    private final Clock clock;

    void onStart(@Observes StartupEvent event) {
        VertxContextSupport.subscribe(() -> announceFeesTakingEffect().toMulti(),
                subscription -> subscription.with(count -> { }, failure -> LOG.warnf(
                        "Fees taking effect not announced at start (%s)", failure.getClass().getSimpleName())));
    }

    @Scheduled(cron = "0 1 0 * * ?", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return announceFeesTakingEffect().replaceWithVoid();
    }

    /** Answers how many nurseries were re-announced. */
    public Uni<Integer> announceFeesTakingEffect() {
        LocalDate today = LocalDate.now(clock);
        return Panache.withSession(() -> fees.nurseriesWithFeesTakingEffect(today.minusDays(LOOK_BACK_DAYS), today))
                .chain(nurseries::recordPublicChange);
    }
}
