package com.tuoyu.directory.support;

import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.nursery.RegistrationType;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.disclosure.DisclosureService;
import io.quarkus.vertx.VertxContextSupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh filed nurseries for tests that change disclosures, built through the services the demo loader uses, so no
 * other test's demo nursery is touched. Each has a unique name that the public search finds.
 */
public final class TestNurseries {

    /**
     * 进贤县, a real Nanchang county the figures file leaves out (the GB/T 2260 register loads it without a centre or
     * population), so the demo data never places nurseries in it: guide prices set there in tests change no other
     * test's nursery.
     */
    public static final String TEST_COUNTY = "360124";

    private TestNurseries() {
    }

    public static void ensureTestCounty() {
        // The register already holds it; the insert only matters against a database loaded without the register. No
        // centre, so that the demo data set (generated over counties with a centre) stays without this county.
        Database.rows("insert into division (code, name, level, parent_code, population, children_under_three) "
                + "values (?, '进贤县', 'COUNTY', '360100', 720000, 15840) on conflict (code) do nothing returning code",
                TEST_COUNTY);
    }

    public record Created(UUID id, String name) {
    }

    public static Created create(NurseryService nurseries, DisclosureService disclosures, String division, boolean inclusive,
                          boolean meals, List<DisclosureImport.CapacityRow> capacity, List<DisclosureImport.FeeRow> fees,
                          List<DisclosureImport.PermitRow> permits) {
        UUID id = UUID.randomUUID();
        String name = "公示维护测试托育园" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        LocalDate today = LocalDate.now(com.tuoyu.directory.platform.time.ClockProducer.CHINA);
        NurseryImport nursery = new NurseryImport(id, name, "测试托育服务有限公司", null, RegistrationType.ENTERPRISE,
                OperatingModel.PRIVATE, inclusive, division, "测试路1号", 28.56, 115.95, LocalTime.of(7, 30),
                LocalTime.of(17, 30), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "0791-86000000",
                EnumSet.of(CareType.FULL_DAY), meals, true, 90, true, today.minusDays(20),
                new NurseryImport.FilingImport(FilingStatus.FILED, "TEST-" + id.toString().substring(0, 8), "县卫生健康委员会",
                        today.minusDays(80), today.minusDays(70), today.minusDays(70), null));
        DisclosureImport disclosure = new DisclosureImport(capacity,
                new DisclosureImport.StaffingRow(1, 1, new java.math.BigDecimal("0.800"), new java.math.BigDecimal("1.000"),
                        today.minusDays(20)),
                fees, List.of(), permits, List.of(), List.of(), List.of(), List.of(), List.of());
        try {
            VertxContextSupport.subscribeAndAwait(() -> nurseries.importNursery(nursery));
            VertxContextSupport.subscribeAndAwait(() -> disclosures.importDisclosure(id, disclosure));
        } catch (Throwable e) {
            throw new IllegalStateException("Could not create a test nursery", e);
        }
        return new Created(id, name);
    }

    /** Business licence, premises, fire safety and health evaluation valid for years; no food licence. */
    public static List<DisclosureImport.PermitRow> basicPermits() {
        LocalDate today = LocalDate.now(com.tuoyu.directory.platform.time.ClockProducer.CHINA);
        return List.of(
                new DisclosureImport.PermitRow(PermitKind.BUSINESS_LICENCE, "BL-1", today.minusYears(2), null),
                new DisclosureImport.PermitRow(PermitKind.PREMISES_PROOF, "PP-1", today.minusYears(2), today.plusYears(3)),
                new DisclosureImport.PermitRow(PermitKind.FIRE_SAFETY, "FS-1", today.minusYears(1), today.plusYears(2)),
                new DisclosureImport.PermitRow(PermitKind.HEALTH_EVALUATION, "HE-1", today.minusYears(1), today.plusYears(2)));
    }

    public static List<DisclosureImport.CapacityRow> toddlers(int slots, int enrolled, int carers) {
        return List.of(new DisclosureImport.CapacityRow(AgeGroup.TODDLER, slots, enrolled, carers,
                LocalDate.now(com.tuoyu.directory.platform.time.ClockProducer.CHINA).minusDays(5)));
    }
}
