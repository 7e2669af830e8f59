package com.tuoyu.directory.demo;

import com.tuoyu.directory.division.dto.CountyReference;
import com.tuoyu.directory.platform.security.Caller;
import com.tuoyu.directory.supervision.InspectionDrawService;
import com.tuoyu.directory.supervision.InspectorRosterService;
import com.tuoyu.directory.supervision.PastDraws;
import com.tuoyu.directory.supervision.dto.AdminInspectorRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The supervision side of the demo data, after its nurseries are stored: three inspectors on the roster of every
 * demo county (so a supervisor can draw anywhere in the demo), then the generated past draws, recorded with their
 * seeds so that verification recomputes them; their visits came in with the nurseries' disclosures.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DemoSupervision {

    static final int INSPECTORS_PER_COUNTY = 3;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"建华", "丽娟", "志强", "晓燕", "伟", "敏", "海涛", "静", "国平", "雪梅",
            "晨", "立新", "婷", "文博"};
    private static final String DEMO_CALLER = "demo-data";

    private final InspectorRosterService roster;
    private final PastDraws pastDraws;

    Uni<Void> load(List<CountyReference> counties, List<DemoDraw> draws) {
        List<String> codes = counties.stream().filter(c -> c.hasCentre() && c.population() != null)
                .map(CountyReference::code).toList();
        Caller caller = new Caller(DEMO_CALLER, Set.of("SUPERVISOR"), codes);
        List<AdminInspectorRecord> inspectors = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            for (int i = 0; i < INSPECTORS_PER_COUNTY; i++) {
                int n = c * INSPECTORS_PER_COUNTY + i;
                inspectors.add(new AdminInspectorRecord(codes.get(c), SURNAMES[n % SURNAMES.length]
                        + GIVEN[(n * 5 + i) % GIVEN.length], codes.get(c) + "-J" + (i + 1), true));
            }
        }
        return Panache.withTransaction(() -> Multi.createFrom().iterable(inspectors)
                        .onItem().transformToUniAndConcatenate(record -> roster.add(caller, record))
                        .collect().last())
                .chain(() -> Multi.createFrom().iterable(draws)
                        .filter(d -> codes.contains(d.divisionCode()))
                        .onItem().transformToUniAndConcatenate(d -> pastDraws.record(DEMO_CALLER, d.divisionCode(),
                                d.drawnOn(), d.seed(), d.count(), InspectionDrawService.DEFAULT_INSPECTORS_PER_NURSERY,
                                d.candidates()))
                        .collect().last())
                .replaceWithVoid();
    }
}
