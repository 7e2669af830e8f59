package com.tuoyu.directory.demo;

import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.division.dto.CountyReference;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<CountyReference> COUNTIES = List.of(
            new CountyReference("360102", "东湖区", "南昌市", "江西省", 28.6849, 115.8990, 508_000),
            new CountyReference("620102", "城关区", "兰州市", "甘肃省", 36.0570, 103.8250, 1_480_000));
    private static final List<CountyReference> NANCHANG = List.of(
            new CountyReference("360102", "东湖区", "南昌市", "江西省", 28.6849, 115.8990, 508_000),
            new CountyReference("360103", "西湖区", "南昌市", "江西省", 28.6568, 115.8770, 521_000),
            new CountyReference("360104", "青云谱区", "南昌市", "江西省", 28.6322, 115.9252, 360_000),
            new CountyReference("360111", "青山湖区", "南昌市", "江西省", 28.6821, 115.9620, 886_000),
            new CountyReference("360112", "新建区", "南昌市", "江西省", 28.6925, 115.8150, 760_000),
            new CountyReference("360113", "红谷滩区", "南昌市", "江西省", 28.6940, 115.8580, 470_000),
            new CountyReference("360121", "南昌县", "南昌市", "江西省", 28.5450, 115.9440, 1_060_000));

    @Test
    void theSameSeedGivesTheSameData() {
        DemoDataSet first = new DemoDataGenerator(7, TODAY).generate(COUNTIES, 200);
        DemoDataSet second = new DemoDataGenerator(7, TODAY).generate(COUNTIES, 200);
        assertThat(second).isEqualTo(first);
        assertThat(new DemoDataGenerator(8, TODAY).generate(COUNTIES, 200)).isNotEqualTo(first);
    }

    @Test
    void everyNurseryLiesInsideItsOwnDistrictsBox() {
        new DemoDataGenerator(1, TODAY).generate(NANCHANG, 2_000).nurseries().forEach(demo -> {
            var nursery = demo.nursery();
            DemoDistricts.District district = DemoDistricts.of(nursery.divisionCode()).orElseThrow();
            assertThat(district.contains(nursery.latitude(), nursery.longitude()))
                    .as("%s %s at %s,%s", nursery.divisionCode(), nursery.name(), nursery.latitude(), nursery.longitude())
                    .isTrue();
        });
    }

    @Test
    void districtBoxesDoNotOverlapAndRedValleyStaysWestOfTheGanRiver() {
        var all = List.copyOf(DemoDistricts.all().entrySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).getValue().overlaps(all.get(j).getValue()))
                        .as(all.get(i).getKey() + " and " + all.get(j).getKey()).isFalse();
            }
        }
        // 红谷滩区 lies west of the Gan (its east bank runs at about 115.87° E there); 东湖区 and 西湖区 east of it.
        assertThat(DemoDistricts.of("360113").orElseThrow().maxLongitude()).isLessThan(115.865);
        assertThat(DemoDistricts.of("360102").orElseThrow().minLongitude()).isGreaterThan(115.885);
        assertThat(DemoDistricts.of("360103").orElseThrow().minLongitude()).isGreaterThan(115.87);
        DemoDistricts.all().forEach((code, d) -> assertThat(d.contains(d.hotLatitude(), d.hotLongitude())).as(code).isTrue());
    }

    @Test
    void theOldCentreIsDenserThanTheSuburbs() {
        Map<String, Long> byCounty = new DemoDataGenerator(20261122, TODAY).generate(NANCHANG, 300).nurseries().stream()
                .collect(Collectors.groupingBy(d -> d.nursery().divisionCode(), Collectors.counting()));
        // 东湖区 has half the residents of 南昌县 and, as the old centre, more nurseries.
        assertThat(byCounty.get("360102")).isGreaterThan(byCounty.get("360121")).isGreaterThanOrEqualTo(40L);
    }

    @Test
    void noNameSaysAWordTwice() {
        assertThat(DemoNames.hasDoubledWord("快乐宝贝宝贝之家")).isTrue();
        assertThat(DemoNames.hasDoubledWord("南昌市市第一人民医院职工托育中心")).isTrue();
        assertThat(DemoNames.hasDoubledWord("贝贝托育园")).as("a reduplicated brand is one word").isFalse();
        assertThat(DemoNames.hasDoubledWord("南昌市第一人民医院职工托育中心")).isFalse();
        for (long seed = 1; seed <= 5; seed++) {
            new DemoDataGenerator(seed, TODAY).generate(NANCHANG, 1_000).nurseries().forEach(demo ->
                    assertThat(DemoNames.hasDoubledWord(demo.nursery().name())).as(demo.nursery().name()).isFalse());
        }
    }

    @Test
    void pastDrawsHaveARandomVisitAfterTheirDayForEveryPick() {
        DemoDataSet data = new DemoDataGenerator(20261122, TODAY).generate(NANCHANG, 300);
        assertThat(data.draws()).extracting(DemoDraw::divisionCode).contains("360102", "360103");
        Map<java.util.UUID, DemoNursery> byId = data.nurseries().stream()
                .collect(Collectors.toMap(d -> d.nursery().id(), Function.identity()));
        for (DemoDraw draw : data.draws()) {
            assertThat(draw.drawnOn()).isBefore(TODAY);
            var picks = com.tuoyu.directory.supervision.WeightedDraw.draw(draw.seed(), draw.candidates().stream()
                    .map(c -> new com.tuoyu.directory.supervision.WeightedDraw.Candidate(c.nurseryId(), c.weight()))
                    .toList(), draw.count(), List.of(), 0);
            assertThat(picks).hasSize(draw.count());
            picks.forEach(pick -> assertThat(byId.get(pick.nurseryId()).disclosure().inspections())
                    .anySatisfy(i -> {
                        assertThat(i.kind()).isEqualTo(com.tuoyu.directory.disclosure.InspectionKind.RANDOM);
                        assertThat(i.inspectedOn()).isAfterOrEqualTo(draw.drawnOn()).isBefore(TODAY);
                    }));
        }
    }

    @Test
    void inspectionFindingsVary() {
        long distinct = new DemoDataGenerator(20261122, TODAY).generate(NANCHANG, 300).nurseries().stream()
                .flatMap(d -> d.disclosure().inspections().stream()).map(i -> i.findings()).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void mostNurseriesAreFiledAndSomeAreNotOrNoLonger() {
        Map<FilingStatus, Long> byStatus = new DemoDataGenerator(20261122, TODAY).generate(COUNTIES, 300).nurseries()
                .stream().collect(Collectors.groupingBy(d -> d.nursery().filing().status(), Collectors.counting()));
        assertThat(byStatus.get(FilingStatus.FILED)).isBetween(230L, 285L);
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(FilingStatus.values());
    }

    @Test
    void inclusiveNurseriesChargeAtMostTheGuidePrice() {
        DemoDataSet data = new DemoDataGenerator(3, TODAY).generate(COUNTIES, 300);
        data.nurseries().stream().filter(d -> d.nursery().inclusive()).forEach(demo ->
                demo.disclosure().fees().stream().filter(fee -> !fee.effectiveFrom().isAfter(TODAY)).forEach(fee -> {
                    int guide = data.guidePrices().stream()
                            .filter(g -> g.divisionCode().equals(demo.nursery().divisionCode())
                                    && g.careType() == fee.careType() && g.ageGroup() == fee.ageGroup())
                            .findFirst().orElseThrow().amountYuan();
                    assertThat(fee.amountYuan()).isLessThanOrEqualTo(guide);
                }));
    }

    static double haversineMetres(double lat1, double lng1, double lat2, double lng2) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
