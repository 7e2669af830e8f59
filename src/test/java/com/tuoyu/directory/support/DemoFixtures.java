package com.tuoyu.directory.support;

import com.tuoyu.directory.demo.DemoDataConfig;
import com.tuoyu.directory.demo.DemoDataGenerator;
import com.tuoyu.directory.demo.DemoDataSet;
import com.tuoyu.directory.demo.DemoNursery;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.fees.dto.GuidePriceImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.division.dto.CountyReference;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.config.JsonPathConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The demo data set the running service loaded at start, regenerated from the same seed, counties and day, so tests
 * can pick nurseries with the traits they need and compute the values they expect.
 */
public final class DemoFixtures {

    /** Reads JSON decimals as doubles: coordinates have more digits than a float holds. */
    public static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    public final DemoDataSet data;
    public final List<CountyReference> counties;
    public final LocalDate today;

    private DemoFixtures(DemoDataSet data, List<CountyReference> counties, LocalDate today) {
        this.data = data;
        this.counties = counties;
        this.today = today;
    }

    private static DemoFixtures cached;

    /** The data set of today, generated once per test run and day. */
    public static synchronized DemoFixtures load(DivisionService divisions, DemoDataConfig config, Clock clock) {
        if (cached != null && cached.today.equals(LocalDate.now(clock))) {
            return cached;
        }
        cached = generate(divisions, config, clock);
        return cached;
    }

    private static DemoFixtures generate(DivisionService divisions, DemoDataConfig config, Clock clock) {
        try {
            List<CountyReference> counties = VertxContextSupport.subscribeAndAwait(divisions::counties);
            LocalDate today = LocalDate.now(clock);
            return new DemoFixtures(new DemoDataGenerator(config.seed(), today).generate(counties, config.size()),
                    counties, today);
        } catch (Throwable e) {
            throw new IllegalStateException("Could not regenerate the demo data set", e);
        }
    }

    /** The first nursery with the given filing status that also satisfies the test, or a failure naming the need. */
    public DemoNursery first(FilingStatus status, String need, Predicate<DemoNursery> test) {
        return find(status, test).orElseThrow(() -> new AssertionError(
                "The demo data set has no " + status + " nursery that " + need));
    }

    public DemoNursery filed(String need, Predicate<DemoNursery> test) {
        return first(FilingStatus.FILED, need, test);
    }

    public Optional<DemoNursery> find(FilingStatus status, Predicate<DemoNursery> test) {
        return data.nurseries().stream()
                .filter(d -> d.nursery().filing().status() == status)
                .filter(test)
                .filter(d -> untouched(d.nursery().id(), status))
                .findFirst();
    }

    /**
     * Whether the nursery is still exactly as generated: other test classes revoke filings, change fees and file
     * complaints, so fixtures only come from nurseries none of them has touched, whatever order classes run in.
     */
    private static boolean untouched(java.util.UUID id, FilingStatus status) {
        return com.tuoyu.directory.support.Database.count("select count(*) from nursery n join filing f on f.nursery_id = n.id "
                + "where n.id = ? and f.status = ? and n.version = 0 "
                + "and not exists (select 1 from complaint c where c.nursery_id = n.id)", id, status.name()) == 1;
    }

    public CountyReference county(String code) {
        return counties.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** The district guide price in force today for a care type and age group. */
    public int guidePrice(String divisionCode, CareType careType, AgeGroup ageGroup) {
        return data.guidePrices().stream()
                .filter(g -> g.divisionCode().equals(divisionCode) && g.careType() == careType && g.ageGroup() == ageGroup)
                .filter(g -> !g.effectiveFrom().isAfter(today))
                .max(java.util.Comparator.comparing(GuidePriceImport::effectiveFrom))
                .orElseThrow().amountYuan();
    }

    /** The fee rows in force today: per care type and group, the latest taking effect on or before today. */
    public List<DisclosureImport.FeeRow> feesInForce(DemoNursery nursery) {
        List<DisclosureImport.FeeRow> fees = nursery.disclosure().fees();
        return fees.stream()
                .filter(f -> !f.effectiveFrom().isAfter(today))
                .filter(f -> fees.stream().noneMatch(other -> other.careType() == f.careType()
                        && other.ageGroup() == f.ageGroup() && !other.effectiveFrom().isAfter(today)
                        && other.effectiveFrom().isAfter(f.effectiveFrom())))
                .toList();
    }

    public static boolean understaffed(DisclosureImport.CapacityRow row) {
        return row.enrolled() > row.carers() * row.ageGroup().childrenPerCarer();
    }
}
