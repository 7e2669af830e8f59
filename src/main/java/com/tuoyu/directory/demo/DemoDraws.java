package com.tuoyu.directory.demo;

import com.tuoyu.directory.disclosure.InspectionKind;
import com.tuoyu.directory.disclosure.InspectionResult;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.fees.dto.GuidePriceImport;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.supervision.PastDraws;
import com.tuoyu.directory.supervision.WeightedDraw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A few past random inspection draws (双随机) for the demo data, with their visits: in three central districts, a
 * draw 30 to 200 days ago whose picks ({@link WeightedDraw} over the county's filed nurseries, weighted alike, from
 * the recorded seed, exactly as the service recomputes it) each get a RANDOM inspection a few days after it. The
 * inspections go into the nurseries' disclosures, so whatever reads the generated set sees them.
 */
final class DemoDraws {

    /** County, days before today, nurseries drawn. */
    private static final Object[][] DRAWS = {{"360102", 45, 3}, {"360103", 160, 2}, {"620102", 90, 3}, {"130802", 30, 2}};
    private static final String[] FINDINGS = {"抽查未发现问题，晨午检与消毒记录完整", "抽查合格，收费与公示一致",
            "抽查发现睡眠室通风记录缺漏，当场整改完毕", "抽查合格，保育人员持证上岗"};

    private DemoDraws() {
    }

    /** The data set with the draws' visits added and the draws themselves. */
    static DemoDataSet add(List<GuidePriceImport> guidePrices, List<DemoNursery> nurseries, long seed, LocalDate today) {
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < nurseries.size(); i++) {
            index.put(nurseries.get(i).nursery().id(), i);
        }
        List<DemoNursery> result = new ArrayList<>(nurseries);
        List<DemoDraw> draws = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
        for (Object[] spec : DRAWS) {
            String county = (String) spec[0];
            LocalDate drawnOn = today.minusDays((Integer) spec[1]);
            List<NurseryImport> filed = nurseries.stream().map(DemoNursery::nursery)
                    .filter(n -> n.divisionCode().equals(county) && n.filing().status() == FilingStatus.FILED
                            && n.filing().filedOn() != null && n.filing().filedOn().isBefore(drawnOn))
                    .sorted(Comparator.comparing(n -> n.id().toString())).toList();
            int count = Math.min((Integer) spec[2], filed.size());
            if (count == 0) {
                continue;
            }
            long drawSeed = random.nextLong();
            List<PastDraws.Candidate> candidates = filed.stream()
                    .map(n -> new PastDraws.Candidate(n.id(), n.name(), 1.0)).toList();
            // Inspectors are drawn after the nurseries from the same stream, so the nurseries picked here without a
            // roster are the ones the service picks with it.
            List<WeightedDraw.Pick> picks = WeightedDraw.draw(drawSeed, candidates.stream()
                    .map(c -> new WeightedDraw.Candidate(c.nurseryId(), c.weight())).toList(), count, List.of(), 0);
            for (WeightedDraw.Pick pick : picks) {
                int at = index.get(pick.nurseryId());
                DemoNursery demo = result.get(at);
                LocalDate visited = drawnOn.plusDays(3 + random.nextInt(Math.min(20, (Integer) spec[1] - 3)));
                int finding = random.nextInt(FINDINGS.length);
                InspectionResult outcome = finding == 2 ? InspectionResult.RECTIFICATION_REQUIRED : InspectionResult.PASSED;
                List<DisclosureImport.InspectionRow> inspections = new ArrayList<>(demo.disclosure().inspections());
                inspections.add(new DisclosureImport.InspectionRow(visited, InspectionKind.RANDOM, outcome, FINDINGS[finding]));
                DisclosureImport d = demo.disclosure();
                result.set(at, new DemoNursery(demo.nursery(), new DisclosureImport(d.capacity(), d.staffing(), d.fees(),
                        d.oneOffFees(), d.permits(), inspections, d.assessments(), d.penalties(), d.misconduct(),
                        d.credit())));
            }
            draws.add(new DemoDraw(county, drawnOn, drawSeed, count, candidates));
        }
        return new DemoDataSet(guidePrices, result, draws);
    }
}
