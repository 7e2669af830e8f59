package com.tuoyu.directory.demo;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.fees.FeeService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Fills an empty register with demo data at start, through the same services every other write uses. */
@ApplicationScoped
@RequiredArgsConstructor
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final int BATCH = 200;

    private final DemoDataConfig config;
    private final NurseryService nurseries;
    private final DisclosureService disclosures;
    private final FeeService fees;
    private final DivisionService divisions;
    private final DemoComplaints complaints;
    private final DemoSupervision supervision;
    private final Clock clock;

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!config.enabled()) {
            return;
        }
        long existing = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(nurseries::countRegistered));
        if (existing > 0) {
            LOG.infof("Demo data not loaded: the register already holds %d nurseries", existing);
            return;
        }
        long started = System.nanoTime();
        DemoDataSet data = VertxContextSupport.subscribeAndAwait(this::load);
        LOG.infof("Loaded %d demo nurseries in %d ms", data.nurseries().size(), (System.nanoTime() - started) / 1_000_000);
        if (config.complaints()) {
            started = System.nanoTime();
            List<String> counties = data.nurseries().stream().map(n -> n.nursery().divisionCode()).distinct().sorted().toList();
            int filed = VertxContextSupport.subscribeAndAwait(() -> complaints.load(counties));
            LOG.infof("Filed %d demo complaints in %d counties in %d ms", filed, counties.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Generates and stores the demo data set. */
    public Uni<DemoDataSet> load() {
        return divisions.counties().chain(counties -> {
            DemoDataSet data = new DemoDataGenerator(config.seed(), LocalDate.now(clock)).generate(counties, config.size());
            List<List<DemoNursery>> batches = partition(data.nurseries());
            return fees.importGuidePrices(data.guidePrices())
                    .chain(() -> Multi.createFrom().iterable(batches)
                            .onItem().transformToUniAndConcatenate(this::store)
                            .collect().last())
                    .chain(() -> supervision.load(counties, data.draws()))
                    .replaceWith(data);
        });
    }

    private Uni<Void> store(List<DemoNursery> batch) {
        return Panache.withTransaction(() -> Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(demo -> nurseries.importNursery(demo.nursery())
                        .chain(id -> disclosures.importDisclosure(id, demo.disclosure())))
                .collect().last()
                .replaceWithVoid());
    }

    private static List<List<DemoNursery>> partition(List<DemoNursery> all) {
        List<List<DemoNursery>> batches = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
