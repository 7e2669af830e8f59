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

    @Test
    void theSameSeedGivesTheSameData() {
        DemoDataSet first = new DemoDataGenerator(7, TODAY).generate(COUNTIES, 200);
        DemoDataSet second = new DemoDataGenerator(7, TODAY).generate(COUNTIES, 200);
        assertThat(second).isEqualTo(first);
        assertThat(new DemoDataGenerator(8, TODAY).generate(COUNTIES, 200)).isNotEqualTo(first);
    }

    @Test
    void everyNurseryLiesWithinFourKilometresOfItsCountyCentre() {
        Map<String, CountyReference> byCode = COUNTIES.stream()
                .collect(Collectors.toMap(CountyReference::code, Function.identity()));
        new DemoDataGenerator(1, TODAY).generate(COUNTIES, 500).nurseries().forEach(demo -> {
            CountyReference county = byCode.get(demo.nursery().divisionCode());
            double metres = haversineMetres(county.centreLatitude(), county.centreLongitude(),
                    demo.nursery().latitude(), demo.nursery().longitude());
            assertThat(metres).isLessThanOrEqualTo(4_050);
        });
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
