package com.tuoyu.directory.nurserypage;

import com.tuoyu.directory.support.DemoFixtures;
import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.disclosure.CreditList;

import com.tuoyu.directory.demo.DemoDataConfig;
import com.tuoyu.directory.demo.DemoNursery;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.division.DivisionService;
import com.tuoyu.directory.division.dto.CountyReference;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** What GET /api/v1/nurseries/{id} discloses, checked against the demo data the service loaded. */
@QuarkusTest
class NurseryDisclosureTest {

    @Inject
    DivisionService divisionService;

    @Inject
    DemoDataConfig config;

    @Inject
    Clock clock;

    DemoFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void regenerateDemoData() {
        fixtures = DemoFixtures.load(divisionService, config, clock);
        today = fixtures.today;
    }

    private static JsonPath detail(DemoNursery nursery) {
        return given().accept("application/json")
                .when().get("/api/v1/nurseries/{id}", nursery.nursery().id())
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath().using(DemoFixtures.DOUBLES);
    }

    @Test
    void filedNurseryDisclosesItsFilingRegistrationLocationHoursAndContact() {
        DemoNursery demo = fixtures.filed("is any", d -> true);
        NurseryImport n = demo.nursery();
        CountyReference county = fixtures.county(n.divisionCode());

        JsonPath body = detail(demo);

        assertThat(body.getString("id")).isEqualTo(n.id().toString());
        assertThat(body.getString("asOf")).isEqualTo(today.toString());
        assertThat(body.getString("name")).isEqualTo(n.name());
        assertThat(body.getString("operator")).isEqualTo(n.operatorName());
        assertThat(body.getString("registrationType.code")).isEqualTo(n.registrationType().name());
        assertThat(body.getString("registrationType.label")).isEqualTo(n.registrationType().label());
        assertThat(body.getString("operatingModel.code")).isEqualTo(n.operatingModel().name());
        assertThat(body.getString("operatingModel.label")).isEqualTo(n.operatingModel().label());
        assertThat(body.getBoolean("inclusive")).isEqualTo(n.inclusive());

        assertThat(body.getString("filing.number")).isEqualTo(n.filing().filingNumber());
        assertThat(body.getString("filing.filedOn")).isEqualTo(n.filing().filedOn().toString());
        assertThat(body.getString("filing.authority")).isEqualTo(n.filing().authority());
        assertThat(body.getString("filing.status.code")).isEqualTo("FILED");
        assertThat(body.getString("filing.status.label")).isEqualTo("已备案");

        assertThat(body.getString("location.address")).isEqualTo(n.address());
        assertThat(body.getString("location.divisionCode")).isEqualTo(n.divisionCode());
        assertThat(body.getString("location.countyName")).isEqualTo(county.name());
        assertThat(body.getString("location.cityName")).isEqualTo(county.cityName());
        assertThat(body.getString("location.provinceName")).isEqualTo(county.provinceName());
        assertThat(body.getString("location.coordinateSystem")).isEqualTo("wgs84");
        assertThat(body.getDouble("location.latitude")).isCloseTo(n.latitude(), within(1e-9));
        assertThat(body.getDouble("location.longitude")).isCloseTo(n.longitude(), within(1e-9));

        assertThat(body.getString("openingHours.opensAt")).isEqualTo(n.opensAt().toString());
        assertThat(body.getString("openingHours.closesAt")).isEqualTo(n.closesAt().toString());
        assertThat(body.getList("openingHours.openDays", String.class))
                .containsExactlyElementsOf(n.openDays().stream().sorted().map(Enum::name).toList());
        assertThat(body.getString("contactPhone")).isEqualTo(n.contactPhone());
        assertThat(body.getList("services.careTypes.code", String.class))
                .containsExactlyElementsOf(n.careTypes().stream().sorted().map(Enum::name).toList());
        assertThat(body.getBoolean("services.mealsProvided")).isEqualTo(n.mealsProvided());

        for (String section : List.of("filing", "location", "openingHours", "services", "capacity", "staff", "permits",
                "fees", "supervision", "safety", "timeline")) {
            assertThat(body.getString(section + ".asOf")).as(section + ".asOf").matches("\\d{4}-\\d{2}-\\d{2}");
        }
        // no complaint figures yet, and inspections never name their inspectors
        assertThat(body.getMap("").keySet()).containsExactlyInAnyOrder("id", "asOf", "name", "operator",
                "registrationType", "operatingModel", "inclusive", "filing", "location", "openingHours", "contactPhone",
                "services", "capacity", "staff", "permits", "missingPermits", "fees", "costEstimate", "supervision", "safety",
                "timeline", "profile");
        assertThat(body.prettify()).doesNotContainIgnoringCase("inspector");
    }

    @Test
    void inclusiveNurseryShowsEachFeeInForceNextToTheDistrictGuidePrice() {
        DemoNursery demo = fixtures.filed("is inclusive and offers two or more care types",
                d -> d.nursery().inclusive() && d.nursery().careTypes().size() >= 2);
        String division = demo.nursery().divisionCode();
        List<DisclosureImport.FeeRow> expected = fixtures.feesInForce(demo);

        JsonPath body = detail(demo);

        List<Map<String, Object>> current = body.getList("fees.current");
        assertThat(current).hasSize(expected.size());
        for (DisclosureImport.FeeRow fee : expected) {
            Map<String, Object> shown = current.stream()
                    .filter(f -> fee.careType().name().equals(path(f, "careType", "code"))
                            && fee.ageGroup().name().equals(path(f, "ageGroup", "code")))
                    .findFirst().orElseThrow();
            int guide = fixtures.guidePrice(division, fee.careType(), fee.ageGroup());
            assertThat(shown.get("amountYuan")).isEqualTo(fee.amountYuan());
            assertThat(shown.get("effectiveFrom")).isEqualTo(fee.effectiveFrom().toString());
            assertThat(shown.get("mealFeeYuan")).isEqualTo(fee.mealFeeYuan());
            assertThat(shown.get("unit")).isEqualTo(switch (fee.careType()) {
                case FULL_DAY, HALF_DAY -> "MONTH";
                case HOURLY -> "HOUR";
                case TEMPORARY -> "DAY";
            });
            assertThat(shown.get("guidePriceYuan")).isEqualTo(guide);
            assertThat(shown.get("withinGuidePrice")).isEqualTo(true);
            assertThat(fee.amountYuan()).isLessThanOrEqualTo(guide);
        }
    }

    @Test
    void feeAboveTheGuidePriceIsShownAsNotWithinIt() {
        DemoNursery demo = fixtures.filed("is not inclusive and charges full-day care above the guide price",
                d -> !d.nursery().inclusive() && fixtures.feesInForce(d).stream().anyMatch(f -> f.careType() == CareType.FULL_DAY
                        && f.amountYuan() > fixtures.guidePrice(d.nursery().divisionCode(), f.careType(), f.ageGroup())));
        DisclosureImport.FeeRow above = fixtures.feesInForce(demo).stream()
                .filter(f -> f.careType() == CareType.FULL_DAY
                        && f.amountYuan() > fixtures.guidePrice(demo.nursery().divisionCode(), f.careType(), f.ageGroup()))
                .findFirst().orElseThrow();

        JsonPath body = detail(demo);

        String fee = "fees.current.find { it.careType.code == 'FULL_DAY' && it.ageGroup.code == '" + above.ageGroup() + "' }";
        assertThat(body.getInt(fee + ".amountYuan")).isEqualTo(above.amountYuan());
        assertThat(body.getInt(fee + ".guidePriceYuan"))
                .isEqualTo(fixtures.guidePrice(demo.nursery().divisionCode(), CareType.FULL_DAY, above.ageGroup()));
        assertThat(body.getBoolean(fee + ".withinGuidePrice")).isFalse();
        assertThat(body.getBoolean("inclusive")).isFalse();
    }

    @Test
    void announcedFeeChangeIsScheduledWhileTheCurrentFeeStaysInForce() {
        DemoNursery demo = fixtures.filed("has an announced fee change",
                d -> d.disclosure().fees().stream().anyMatch(f -> f.effectiveFrom().isAfter(today)));
        List<DisclosureImport.FeeRow> future = demo.disclosure().fees().stream()
                .filter(f -> f.effectiveFrom().isAfter(today)).toList();

        JsonPath body = detail(demo);

        assertThat(body.getList("fees.scheduled")).hasSize(future.size());
        for (DisclosureImport.FeeRow fee : future) {
            String key = "it.careType.code == '" + fee.careType() + "' && it.ageGroup.code == '" + fee.ageGroup() + "'";
            assertThat(body.getInt("fees.scheduled.find { " + key + " }.amountYuan")).isEqualTo(fee.amountYuan());
            assertThat(body.getString("fees.scheduled.find { " + key + " }.effectiveFrom"))
                    .isEqualTo(fee.effectiveFrom().toString());
            LocalDate currentFrom = LocalDate.parse(body.getString("fees.current.find { " + key + " }.effectiveFrom"));
            assertThat(currentFrom).isBeforeOrEqualTo(today);
        }
    }

    @Test
    void replacedFeesAppearInThePriceHistoryNewestFirst() {
        DemoNursery demo = fixtures.filed("has fees replaced by later ones",
                d -> d.disclosure().fees().size() > fixtures.feesInForce(d).size()
                        + d.disclosure().fees().stream().filter(f -> f.effectiveFrom().isAfter(today)).count());
        List<DisclosureImport.FeeRow> inForce = fixtures.feesInForce(demo);
        List<DisclosureImport.FeeRow> replaced = demo.disclosure().fees().stream()
                .filter(f -> !f.effectiveFrom().isAfter(today) && !inForce.contains(f)).toList();

        JsonPath body = detail(demo);

        List<String> historyFrom = body.getList("fees.history.effectiveFrom", String.class);
        assertThat(historyFrom).hasSize(replaced.size());
        assertThat(historyFrom).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(body.getList("fees.history.amountYuan", Integer.class))
                .containsExactlyInAnyOrderElementsOf(replaced.stream().map(DisclosureImport.FeeRow::amountYuan).toList());
    }

    @Test
    void groupWithTooFewCarersFailsTheNationalRatio() {
        DemoNursery demo = fixtures.filed("has a group with fewer carers than the standard asks for",
                d -> d.disclosure().capacity().stream().anyMatch(DemoFixtures::understaffed));
        List<DisclosureImport.CapacityRow> groups = demo.disclosure().capacity();

        JsonPath body = detail(demo);

        assertThat(body.getInt("staff.carers")).isEqualTo(groups.stream().mapToInt(DisclosureImport.CapacityRow::carers).sum());
        assertThat(body.getBoolean("staff.ratiosMeetStandard")).isFalse();
        for (DisclosureImport.CapacityRow row : groups) {
            String ratio = "staff.ratios.find { it.ageGroup.code == '" + row.ageGroup() + "' }";
            assertThat(body.getInt(ratio + ".enrolled")).isEqualTo(row.enrolled());
            assertThat(body.getInt(ratio + ".carers")).isEqualTo(row.carers());
            assertThat(body.getInt(ratio + ".standardChildrenPerCarer")).isEqualTo(row.ageGroup().childrenPerCarer());
            assertThat(body.getDouble(ratio + ".childrenPerCarer"))
                    .isCloseTo((double) row.enrolled() / row.carers(), within(0.006));
            assertThat(body.getBoolean(ratio + ".meetsStandard")).isEqualTo(!DemoFixtures.understaffed(row));
            assertThat(body.getInt(ratio + ".maxClassSize")).isEqualTo(row.ageGroup().maxClassSize());
        }
        assertThat(groups).anyMatch(DemoFixtures::understaffed);
    }

    @Test
    void fullyStaffedNurseryMeetsTheRatioInEveryGroup() {
        DemoNursery demo = fixtures.filed("has an infant group and enough carers everywhere",
                d -> d.disclosure().capacity().stream().noneMatch(DemoFixtures::understaffed)
                        && d.disclosure().capacity().stream().anyMatch(c -> c.ageGroup() == AgeGroup.INFANT));

        JsonPath body = detail(demo);

        assertThat(body.getBoolean("staff.ratiosMeetStandard")).isTrue();
        assertThat(body.getList("staff.ratios.meetsStandard", Boolean.class)).containsOnly(true);
        assertThat(body.getInt("staff.ratios.find { it.ageGroup.code == 'INFANT' }.standardChildrenPerCarer")).isEqualTo(3);
        DisclosureImport.StaffingRow staffing = demo.disclosure().staffing();
        assertThat(body.getInt("staff.healthStaff")).isEqualTo(staffing.healthStaff());
        assertThat(body.getInt("staff.securityStaff")).isEqualTo(staffing.securityStaff());
        assertThat(body.getDouble("staff.qualifiedShare")).isCloseTo(staffing.qualifiedShare().doubleValue(), within(1e-9));
        assertThat(body.getDouble("staff.healthCertificateShare"))
                .isCloseTo(staffing.healthCertificateShare().doubleValue(), within(1e-9));
    }

    @Test
    void expiredPermitIsFlaggedAndCountsAsMissing() {
        DemoNursery demo = fixtures.filed("has an expired health evaluation",
                d -> d.disclosure().permits().stream().anyMatch(p -> p.kind() == PermitKind.HEALTH_EVALUATION
                        && p.validUntil().isBefore(today)));
        DisclosureImport.PermitRow expired = demo.disclosure().permits().stream()
                .filter(p -> p.kind() == PermitKind.HEALTH_EVALUATION).findFirst().orElseThrow();

        JsonPath body = detail(demo);

        String permit = "permits.items.find { it.kind.code == 'HEALTH_EVALUATION' }";
        assertThat(body.getString(permit + ".number")).isEqualTo(expired.number());
        assertThat(body.getString(permit + ".kind.label")).isEqualTo("托幼机构卫生评价报告");
        assertThat(body.getString(permit + ".validUntil")).isEqualTo(expired.validUntil().toString());
        assertThat(body.getBoolean(permit + ".expired")).isTrue();
        assertThat(body.getBoolean(permit + ".expiresWithin60Days")).isFalse();
        assertThat(body.getList("missingPermits.code", String.class)).contains("HEALTH_EVALUATION");
    }

    @Test
    void permitExpiringSoonIsFlaggedButNotMissing() {
        DemoNursery demo = fixtures.filed("has a health evaluation expiring within 60 days and no other permit problem",
                d -> d.disclosure().permits().stream().anyMatch(p -> p.kind() == PermitKind.HEALTH_EVALUATION
                        && !p.validUntil().isBefore(today) && !p.validUntil().isAfter(today.plusDays(60)))
                        && d.disclosure().permits().stream().noneMatch(p -> p.validUntil() != null && p.validUntil().isBefore(today)));

        JsonPath body = detail(demo);

        String permit = "permits.items.find { it.kind.code == 'HEALTH_EVALUATION' }";
        assertThat(body.getBoolean(permit + ".expired")).isFalse();
        assertThat(body.getBoolean(permit + ".expiresWithin60Days")).isTrue();
        assertThat(body.getList("missingPermits")).isEmpty();
        assertThat(body.getList("permits.items")).hasSize(demo.disclosure().permits().size());
        // a permit without an expiry date says so explicitly
        assertThat(body.getMap("permits.items.find { it.kind.code == 'FIRE_SAFETY' }")).containsEntry("validUntil", null);
    }

    @Test
    void mealsWithoutAValidFoodBusinessLicenceAreReportedAsMissing() {
        DemoNursery demo = fixtures.filed("serves meals with an expired food business licence",
                d -> d.nursery().mealsProvided() && d.disclosure().permits().stream()
                        .anyMatch(p -> p.kind() == PermitKind.FOOD_BUSINESS_LICENCE && p.validUntil().isBefore(today)));

        JsonPath body = detail(demo);

        assertThat(body.getBoolean("services.mealsProvided")).isTrue();
        assertThat(body.getBoolean("permits.items.find { it.kind.code == 'FOOD_BUSINESS_LICENCE' }.expired")).isTrue();
        assertThat(body.getList("missingPermits.code", String.class)).contains("FOOD_BUSINESS_LICENCE");
        assertThat(body.getString("missingPermits.find { it.code == 'FOOD_BUSINESS_LICENCE' }.label")).isEqualTo("食品经营许可证");
    }

    @Test
    void timelineMergesFilingInspectionsAndPenaltiesNewestFirst() {
        DemoNursery demo = fixtures.filed("has inspections and a penalty",
                d -> d.disclosure().inspections().size() >= 2 && !d.disclosure().penalties().isEmpty());
        DisclosureImport source = demo.disclosure();
        NurseryImport.FilingImport filing = demo.nursery().filing();

        JsonPath body = detail(demo);

        List<String> dates = body.getList("timeline.entries.date", String.class);
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        int expectedEntries = 2 + source.inspections().size() + source.assessments().size() + source.penalties().size()
                + source.misconduct().size() + source.credit().size()
                + (int) source.credit().stream().filter(c -> c.removedOn() != null).count();
        assertThat(dates).hasSize(expectedEntries);

        List<Map<String, Object>> entries = body.getList("timeline.entries");
        assertThat(entries).extracting(e -> path(e, "kind", "code"), e -> e.get("date"))
                .contains(tuple("FILING", filing.submittedOn().toString()), tuple("FILING", filing.filedOn().toString()));
        assertThat(entries.stream().filter(e -> "INSPECTION".equals(path(e, "kind", "code"))).map(e -> e.get("date")))
                .containsExactlyInAnyOrderElementsOf(source.inspections().stream()
                        .map(i -> i.inspectedOn().toString()).toList());
        DisclosureImport.PenaltyRow penalty = source.penalties().get(0);
        Map<String, Object> penaltyEntry = entries.stream()
                .filter(e -> "PENALTY".equals(path(e, "kind", "code"))).findFirst().orElseThrow();
        assertThat(penaltyEntry.get("date")).isEqualTo(penalty.decidedOn().toString());
        assertThat((String) penaltyEntry.get("summary")).contains(penalty.decisionNumber());
        assertThat((String) penaltyEntry.get("summaryEn")).startsWith("Administrative penalty");
        assertThat(path(penaltyEntry, "kind", "label")).isEqualTo("行政处罚");
        // the oldest entry is the filing's submission
        assertThat(entries.get(entries.size() - 1).get("date")).isEqualTo(filing.submittedOn().toString());

        assertThat(body.getList("supervision.inspections.inspectedOn", String.class))
                .isSortedAccordingTo(Comparator.reverseOrder())
                .hasSize(source.inspections().size());
        assertThat(body.getString("supervision.penalties[0].decisionNumber")).isEqualTo(penalty.decisionNumber());
        assertThat(body.getString("supervision.penalties[0].sanction")).isEqualTo(penalty.sanction());
    }

    @Test
    void staleVacanciesAreUnknownNeverAvailable() {
        DemoNursery demo = fixtures.filed("reported its capacity more than 30 days ago",
                d -> d.disclosure().capacity().get(0).asOf().isBefore(today.minusDays(30)));

        JsonPath body = detail(demo);

        assertThat(body.getBoolean("capacity.vacanciesKnown")).isFalse();
        assertThat(body.getMap("capacity")).containsEntry("vacancies", null);
        assertThat(body.getList("capacity.groups.vacanciesKnown", Boolean.class)).containsOnly(false);
        assertThat(body.getList("capacity.groups.vacancies")).containsOnly((Object) null);
        assertThat(body.getList("capacity.groups.slots", Integer.class)).containsExactlyElementsOf(
                demo.disclosure().capacity().stream().map(DisclosureImport.CapacityRow::slots).toList());
        assertThat(body.getString("capacity.asOf")).isEqualTo(demo.disclosure().capacity().get(0).asOf().toString());
    }

    @Test
    void freshVacanciesAreSlotsLessEnrolled() {
        DemoNursery demo = fixtures.filed("reported its capacity within 30 days and has a free place",
                d -> !d.disclosure().capacity().get(0).asOf().isBefore(today.minusDays(30))
                        && d.disclosure().capacity().stream().anyMatch(c -> c.slots() > c.enrolled()));
        List<DisclosureImport.CapacityRow> rows = demo.disclosure().capacity();

        JsonPath body = detail(demo);

        assertThat(body.getBoolean("capacity.vacanciesKnown")).isTrue();
        assertThat(body.getInt("capacity.vacancies"))
                .isEqualTo(rows.stream().mapToInt(c -> c.slots() - c.enrolled()).sum())
                .isPositive();
        for (DisclosureImport.CapacityRow row : rows) {
            String group = "capacity.groups.find { it.ageGroup.code == '" + row.ageGroup() + "' }";
            assertThat(body.getInt(group + ".vacancies")).isEqualTo(row.slots() - row.enrolled());
            assertThat(body.getString(group + ".ageGroup.label")).isEqualTo(row.ageGroup().label());
        }
    }

    @Test
    void creditListsAndLatestQualityGradeArePublic() {
        DemoNursery demo = fixtures.filed("is on the red list and has a quality assessment",
                d -> d.disclosure().credit().stream().anyMatch(c -> c.list() == CreditList.RED && c.removedOn() == null)
                        && !d.disclosure().assessments().isEmpty());
        DisclosureImport.AssessmentRow latest = demo.disclosure().assessments().stream()
                .max(Comparator.comparing(DisclosureImport.AssessmentRow::assessedOn)).orElseThrow();

        JsonPath body = detail(demo);

        assertThat(body.getBoolean("supervision.credit.onRedList")).isTrue();
        assertThat(body.getBoolean("supervision.credit.onBlackList")).isFalse();
        assertThat(body.getString("supervision.credit.entries[0].list.label")).isEqualTo("红名单");
        assertThat(body.getString("supervision.latestQualityAssessment.grade.code")).isEqualTo(latest.grade().name());
        assertThat(body.getString("supervision.latestQualityAssessment.assessedOn")).isEqualTo(latest.assessedOn().toString());
        assertThat(body.getList("timeline.entries.kind.code", String.class)).contains("CREDIT_LIST", "QUALITY_ASSESSMENT");
    }

    @Test
    void recordedMisconductIsDisclosed() {
        DemoNursery demo = fixtures.filed("has recorded misconduct", d -> !d.disclosure().misconduct().isEmpty());
        DisclosureImport.MisconductRow record = demo.disclosure().misconduct().get(0);

        JsonPath body = detail(demo);

        assertThat(body.getString("supervision.misconduct[0].recordedOn")).isEqualTo(record.recordedOn().toString());
        assertThat(body.getString("supervision.misconduct[0].description")).isEqualTo(record.description());
        assertThat(body.getList("timeline.entries.kind.code", String.class)).contains("MISCONDUCT");
    }

    @Test
    void footageKeptLessThan90DaysFailsTheRetentionMinimum() {
        DemoNursery shortRetention = fixtures.filed("keeps CCTV footage 30 days",
                d -> d.nursery().cctvInstalled() && Objects.equals(d.nursery().cctvRetentionDays(), 30));
        DemoNursery fullRetention = fixtures.filed("keeps CCTV footage 90 days",
                d -> d.nursery().cctvInstalled() && Objects.equals(d.nursery().cctvRetentionDays(), 90));

        JsonPath shortBody = detail(shortRetention);
        JsonPath fullBody = detail(fullRetention);

        assertThat(shortBody.getBoolean("safety.cctvInstalled")).isTrue();
        assertThat(shortBody.getInt("safety.cctvRetentionDays")).isEqualTo(30);
        assertThat(shortBody.getBoolean("safety.retentionMeetsMinimum")).isFalse();
        assertThat(shortBody.getInt("safety.minimumRetentionDays")).isEqualTo(90);
        assertThat(shortBody.getString("safety.asOf")).isEqualTo(shortRetention.nursery().safetyAsOf().toString());
        assertThat(fullBody.getBoolean("safety.retentionMeetsMinimum")).isTrue();
        assertThat(fullBody.getBoolean("safety.securityOnSite")).isEqualTo(fullRetention.nursery().securityOnSite());
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String first, String second) {
        return ((Map<String, Object>) map.get(first)).get(second);
    }
}
