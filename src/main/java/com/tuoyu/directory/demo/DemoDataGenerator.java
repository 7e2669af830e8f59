package com.tuoyu.directory.demo;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.CreditList;
import com.tuoyu.directory.disclosure.InspectionKind;
import com.tuoyu.directory.disclosure.InspectionResult;
import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.disclosure.QualityGrade;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.fees.dto.GuidePriceImport;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.nursery.OperatingModel;
import com.tuoyu.directory.nursery.RegistrationType;
import com.tuoyu.directory.nursery.dto.NurseryImport;
import com.tuoyu.directory.division.dto.CountyReference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import static com.tuoyu.directory.demo.DemoWords.*;

/**
 * Generates nurseries that look like a real city's register: Chinese names that never say a word twice (DemoNames) and
 * addresses, points inside a box drawn within each demo district around its real centre (DemoDistricts; elsewhere, the
 * benchmark's national cities, around the county's centre), old centres denser, the mix of registration types,
 * operating models, care types, fees and varied supervision records a register holds, a few nurseries that are not
 * (or no longer) filed, and a few past random inspection draws with their visits (DemoDraws).
 *
 * <p>Deterministic: the same seed, counties, size and reference date give the same data, at any size.
 *
 * <p>Over 400 lines because it is one random stream: every value is drawn in a fixed order from one seed, and
 * spreading the draws over classes would hide that order, which the determinism rests on (the words it draws from
 * are in DemoWords).
 */
@RequiredArgsConstructor
public final class DemoDataGenerator {

    /** Counties up to this population keep σ 1.6 km; larger ones spread wider (see {@link #spreadKm}). */
    private static final long SPREAD_POPULATION = 2_000_000;

    private final long seed;
    private final LocalDate today;

    public DemoDataSet generate(List<CountyReference> register, int size) {
        // Only the counties with a centre and residents (the demo counties of the figures file) get demo nurseries:
        // the rest of the register has neither a place to put them nor a population to weigh them by.
        List<CountyReference> counties = register.stream()
                .filter(c -> c.hasCentre() && c.population() != null).toList();
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("Demo data needs at least one county with a centre");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<GuidePriceImport> guidePrices = new ArrayList<>();
        for (CountyReference county : counties) {
            guidePrices.addAll(guidePrices(county));
        }
        long totalPopulation = counties.stream().mapToLong(DemoDataGenerator::weight).sum();
        List<DemoNursery> nurseries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            CountyReference county = pickByPopulation(counties, totalPopulation, random);
            nurseries.add(nursery(i, county, random.split()));
        }
        return DemoDraws.add(guidePrices, nurseries, seed, today);
    }

    /** Guide prices are set per city level of prices; full-day care for the youngest costs most. */
    public static int cityPriceLevel(String countyCode) {
        return switch (countyCode.substring(0, 4)) {
            case "3601" -> 2200;
            case "6201" -> 2000;
            case "1308" -> 1700;
            case "1409" -> 1500;
            default -> 1800;
        };
    }

    private List<GuidePriceImport> guidePrices(CountyReference county) {
        int level = cityPriceLevel(county.code());
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        List<GuidePriceImport> prices = new ArrayList<>();
        for (AgeGroup group : AgeGroup.values()) {
            int fullDay = group == AgeGroup.INFANT ? level + 400 : level;
            prices.add(new GuidePriceImport(county.code(), CareType.FULL_DAY, group, fullDay, from));
            prices.add(new GuidePriceImport(county.code(), CareType.HALF_DAY, group, fullDay * 6 / 10, from));
            prices.add(new GuidePriceImport(county.code(), CareType.HOURLY, group, 40, from));
            prices.add(new GuidePriceImport(county.code(), CareType.TEMPORARY, group, 160, from));
        }
        return prices;
    }

    private DemoNursery nursery(int index, CountyReference county, SplittableRandom random) {
        UUID id = UUID.nameUUIDFromBytes(("demo-nursery:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8));
        OperatingModel model = pick(random, OperatingModel.values(), 8, 6, 6, 40, 7, 18, 15);
        RegistrationType registration = switch (model) {
            case PUBLIC, KINDERGARTEN -> random.nextInt(100) < 80 ? RegistrationType.PUBLIC_INSTITUTION : RegistrationType.SOCIAL_ORGANIZATION;
            case EMPLOYER, COMMUNITY, PRIVATE_AIDED, PUBLIC_PRIVATE -> random.nextBoolean() ? RegistrationType.SOCIAL_ORGANIZATION : RegistrationType.ENTERPRISE;
            case PRIVATE -> random.nextInt(100) < 75 ? RegistrationType.ENTERPRISE : RegistrationType.SOCIAL_ORGANIZATION;
        };
        boolean inclusive = switch (model) {
            case PUBLIC, PUBLIC_PRIVATE, PRIVATE_AIDED, COMMUNITY, EMPLOYER, KINDERGARTEN -> random.nextInt(100) < 85;
            case PRIVATE -> random.nextInt(100) < 20;
        };
        String road = ROADS[random.nextInt(ROADS.length)];
        String brand;
        String name;
        int tries = 0;
        do {
            // Drawn again while the name would say a word twice (DemoNames); within a few tries, always.
            brand = BRANDS[random.nextInt(BRANDS.length)];
            String suffix = SUFFIXES[random.nextInt(SUFFIXES.length)];
            name = switch (model) {
                case PUBLIC -> county.name() + (random.nextBoolean() ? "公办" : "") + brand + "托育园";
                case KINDERGARTEN -> county.name() + KINDERGARTENS[random.nextInt(KINDERGARTENS.length)] + "托班";
                case EMPLOYER -> county.cityName() + EMPLOYERS[random.nextInt(EMPLOYERS.length)] + "职工托育中心";
                case COMMUNITY -> road.replace("路", "").replace("大道", "") + "社区" + brand + "托育服务站";
                default -> DemoNames.share(brand, suffix) ? "" : brand + suffix;
            } + (model == OperatingModel.PRIVATE && random.nextInt(3) == 0 ? "（" + road + "园区）" : "");
        } while ((name.isEmpty() || name.startsWith("（") || DemoNames.hasDoubledWord(name)) && ++tries < 20);
        String operator = switch (registration) {
            case PUBLIC_INSTITUTION -> county.name() + (model == OperatingModel.KINDERGARTEN ? "教育体育局" : "妇幼保健计划生育服务中心");
            case SOCIAL_ORGANIZATION -> county.cityName() + county.name() + brand + "托育服务中心";
            case ENTERPRISE -> county.cityName() + brand + "托育服务有限公司";
        };
        double[] point = pointNear(county, random);
        // A municipality is its own province and city (北京市朝阳区, not 北京市北京市朝阳区).
        String address = (county.provinceName().equals(county.cityName()) ? "" : county.provinceName())
                + county.cityName() + county.name() + road + (1 + random.nextInt(399)) + "号"
                + (random.nextInt(3) == 0 ? ESTATES[random.nextInt(ESTATES.length)] + (1 + random.nextInt(30)) + "栋1楼" : "");

        Set<CareType> careTypes = EnumSet.noneOf(CareType.class);
        if (random.nextInt(100) < 92) careTypes.add(CareType.FULL_DAY);
        if (random.nextInt(100) < 40) careTypes.add(CareType.HALF_DAY);
        if (random.nextInt(100) < 25) careTypes.add(CareType.HOURLY);
        if (random.nextInt(100) < 20) careTypes.add(CareType.TEMPORARY);
        if (careTypes.isEmpty()) careTypes.add(CareType.FULL_DAY);
        boolean hourlyLate = careTypes.contains(CareType.HOURLY) && random.nextBoolean();
        LocalTime opens = random.nextBoolean() ? LocalTime.of(7, 30) : LocalTime.of(8, 0);
        LocalTime closes = hourlyLate ? LocalTime.of(20, 0) : random.nextBoolean() ? LocalTime.of(17, 30) : LocalTime.of(18, 0);
        Set<DayOfWeek> openDays = EnumSet.range(DayOfWeek.MONDAY, random.nextInt(4) == 0 ? DayOfWeek.SATURDAY : DayOfWeek.FRIDAY);
        boolean meals = careTypes.contains(CareType.FULL_DAY) ? random.nextInt(100) < 90 : random.nextInt(100) < 30;
        boolean cctv = random.nextInt(100) < 96;
        int securityStaff = random.nextInt(100) < 90 ? 1 + random.nextInt(2) : 0;

        NurseryImport.FilingImport filing = filing(index, county, random);
        NurseryImport nursery = new NurseryImport(id, name, operator, creditCode(county, random), registration, model,
                inclusive, county.code(), address, point[0], point[1], opens, closes, openDays,
                phone(county.code(), random), careTypes, meals, cctv,
                cctv ? (random.nextInt(100) < 92 ? 90 : 30) : null, securityStaff > 0,
                today.minusDays(random.nextInt(120)), filing);

        DisclosureImport disclosure = disclosure(model, inclusive, careTypes, meals, securityStaff, registration, county,
                filing, random);
        return new DemoNursery(nursery, disclosure);
    }

    private NurseryImport.FilingImport filing(int index, CountyReference county, SplittableRandom random) {
        FilingStatus status = pick(random, FilingStatus.values(), 5, 86, 4, 3, 2);
        LocalDate submitted = today.minusDays(40 + random.nextInt(1000));
        LocalDate filed = status == FilingStatus.SUBMITTED || status == FilingStatus.RETURNED ? null
                : submitted.plusDays(1 + random.nextInt(6));
        if (status == FilingStatus.SUBMITTED) {
            submitted = today.minusDays(random.nextInt(10));
        }
        String number = filed == null ? null : county.code() + "T" + filed.getYear() + String.format("%05d", index + 1);
        LocalDate decided = switch (status) {
            case SUBMITTED -> null;
            case FILED -> filed;
            case RETURNED -> submitted.plusDays(5 + random.nextInt(10));
            case REVOKED, CLOSED -> {
                LocalDate ended = filed.plusDays(100 + random.nextInt(300));
                yield ended.isAfter(today) ? today.minusDays(3) : ended;
            }
        };
        String reasons = switch (status) {
            case RETURNED -> RETURN_REASONS[random.nextInt(RETURN_REASONS.length)];
            case REVOKED -> REVOKE_REASONS[random.nextInt(REVOKE_REASONS.length)];
            case CLOSED -> CLOSE_REASONS[random.nextInt(CLOSE_REASONS.length)];
            default -> null;
        };
        return new NurseryImport.FilingImport(status, number, county.cityName() + county.name() + "卫生健康委员会",
                submitted, filed, decided, reasons);
    }

    private DisclosureImport disclosure(OperatingModel model, boolean inclusive, Set<CareType> careTypes, boolean meals,
                                        int securityStaff, RegistrationType registration, CountyReference county,
                                        NurseryImport.FilingImport filing, SplittableRandom random) {
        List<AgeGroup> groups = new ArrayList<>();
        if (model == OperatingModel.KINDERGARTEN) {
            groups.add(AgeGroup.PRESCHOOL);
        } else {
            if (random.nextInt(100) < 35) groups.add(AgeGroup.INFANT);
            if (random.nextInt(100) < 15) {
                groups.add(AgeGroup.MIXED);
            } else {
                groups.add(AgeGroup.TODDLER);
                groups.add(AgeGroup.PRESCHOOL);
            }
        }
        LocalDate vacanciesAsOf = today.minusDays(random.nextInt(100) < 80 ? random.nextInt(25) : 31 + random.nextInt(60));
        List<DisclosureImport.CapacityRow> capacity = new ArrayList<>();
        boolean understaffed = random.nextInt(100) < 8;
        for (AgeGroup group : groups) {
            int classes = 1 + random.nextInt(3);
            int slots = classes * (group.maxClassSize() - random.nextInt(3));
            int enrolled = random.nextInt(100) < 30 ? slots : (int) Math.round(slots * (0.5 + random.nextDouble() * 0.5));
            int carers = (int) Math.ceil(enrolled / (double) group.childrenPerCarer());
            if (understaffed && carers > 1) {
                carers -= 1;
            }
            capacity.add(new DisclosureImport.CapacityRow(group, slots, enrolled, carers, vacanciesAsOf));
        }
        DisclosureImport.StaffingRow staffing = new DisclosureImport.StaffingRow(1 + random.nextInt(2), securityStaff,
                share(0.6 + random.nextDouble() * 0.4), share(random.nextInt(100) < 90 ? 1.0 : 0.85 + random.nextDouble() * 0.1),
                vacanciesAsOf);

        List<DisclosureImport.FeeRow> fees = new ArrayList<>();
        int level = cityPriceLevel(county.code());
        LocalDate current = LocalDate.of(today.getYear(), 9, 1).isAfter(today) ? LocalDate.of(today.getYear() - 1, 9, 1)
                : LocalDate.of(today.getYear(), 9, 1);
        boolean hasHistory = random.nextInt(100) < 40;
        boolean futureChange = !inclusive && random.nextInt(100) < 6;
        double factor = inclusive ? 0.75 + random.nextDouble() * 0.25 : 1.05 + random.nextDouble() * 0.9;
        for (CareType care : careTypes) {
            for (AgeGroup group : groups) {
                int guide = switch (care) {
                    case FULL_DAY -> group == AgeGroup.INFANT ? level + 400 : level;
                    case HALF_DAY -> (group == AgeGroup.INFANT ? level + 400 : level) * 6 / 10;
                    case HOURLY -> 40;
                    case TEMPORARY -> 160;
                };
                int amount = inclusive ? Math.min(guide, roundFee(guide * factor, care)) : roundFee(guide * factor, care);
                Integer mealFee = meals && (care == CareType.FULL_DAY || care == CareType.HALF_DAY)
                        ? (care == CareType.FULL_DAY ? 300 + 50 * random.nextInt(5) : 150) : null;
                if (hasHistory) {
                    fees.add(new DisclosureImport.FeeRow(care, group, roundFee(amount * 0.93, care), mealFee, current.minusYears(1)));
                }
                fees.add(new DisclosureImport.FeeRow(care, group, amount, mealFee, current));
                if (futureChange) {
                    fees.add(new DisclosureImport.FeeRow(care, group, roundFee(amount * 1.06, care), mealFee, today.plusDays(20)));
                }
            }
        }
        List<DisclosureImport.OneOffFeeRow> oneOff = new ArrayList<>();
        if (random.nextBoolean()) oneOff.add(new DisclosureImport.OneOffFeeRow("被褥用品费", 200 + 50 * random.nextInt(5), current));
        if (random.nextInt(3) == 0) oneOff.add(new DisclosureImport.OneOffFeeRow("意外伤害保险费", 100, current));

        LocalDate filedOn = filing.filedOn() == null ? filing.submittedOn() : filing.filedOn();
        List<DisclosureImport.PermitRow> permits = new ArrayList<>();
        permits.add(new DisclosureImport.PermitRow(registration == RegistrationType.ENTERPRISE ? PermitKind.BUSINESS_LICENCE
                : PermitKind.LEGAL_PERSON_CERTIFICATE, serial("ZZ", random), filedOn.minusMonths(3), null));
        permits.add(new DisclosureImport.PermitRow(PermitKind.PREMISES_PROOF, serial("CD", random), filedOn.minusMonths(4),
                filedOn.plusYears(3 + random.nextInt(5))));
        permits.add(new DisclosureImport.PermitRow(PermitKind.FIRE_SAFETY, serial("XF", random), filedOn.minusMonths(1), null));
        int healthState = random.nextInt(100);
        LocalDate healthUntil = healthState < 6 ? today.minusDays(1 + random.nextInt(90))
                : healthState < 14 ? today.plusDays(1 + random.nextInt(59)) : today.plusDays(90 + random.nextInt(600));
        permits.add(new DisclosureImport.PermitRow(PermitKind.HEALTH_EVALUATION, serial("WP", random),
                healthUntil.minusYears(2), healthUntil));
        if (meals) {
            LocalDate foodUntil = random.nextInt(100) < 4 ? today.minusDays(10 + random.nextInt(60)) : filedOn.plusYears(5);
            permits.add(new DisclosureImport.PermitRow(PermitKind.FOOD_BUSINESS_LICENCE, "JY" + county.code()
                    + String.format("%08d", random.nextInt(100_000_000)), foodUntil.minusYears(5), foodUntil));
        }

        List<DisclosureImport.InspectionRow> inspections = new ArrayList<>();
        List<DisclosureImport.AssessmentRow> assessments = new ArrayList<>();
        List<DisclosureImport.PenaltyRow> penalties = new ArrayList<>();
        List<DisclosureImport.MisconductRow> misconduct = new ArrayList<>();
        List<DisclosureImport.CreditRow> credit = new ArrayList<>();
        if (filing.filedOn() != null) {
            long filedDays = Math.max(1, ChronoUnit.DAYS.between(filing.filedOn(), today));
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                InspectionKind kind = pick(random, InspectionKind.values(), 60, 30, 10);
                InspectionResult result = pick(random, InspectionResult.values(), 78, 18, 4);
                String findings = findings(result, random);
                inspections.add(new DisclosureImport.InspectionRow(filing.filedOn().plusDays(random.nextLong(filedDays)),
                        kind, result, findings));
            }
            if (random.nextInt(100) < 70) {
                assessments.add(new DisclosureImport.AssessmentRow(pick(random, QualityGrade.values(), 20, 45, 30, 5),
                        filing.filedOn().plusDays(random.nextLong(filedDays))));
            }
            if (random.nextInt(100) < 7) {
                String[] penalty = PENALTIES[random.nextInt(PENALTIES.length)];
                LocalDate decided = filing.filedOn().plusDays(random.nextLong(filedDays));
                penalties.add(new DisclosureImport.PenaltyRow(decided,
                        county.name().substring(0, 1) + "卫罚〔" + decided.getYear() + "〕" + (10 + random.nextInt(90)) + "号",
                        filing.authority(), penalty[0], penalty[1]));
            }
            if (random.nextInt(100) < 4) {
                misconduct.add(new DisclosureImport.MisconductRow(filing.filedOn().plusDays(random.nextLong(filedDays)),
                        "保育人员对婴幼儿态度粗暴，经核查属实，已责令调离岗位"));
            }
            if (filing.status() == FilingStatus.FILED && random.nextInt(100) < 5) {
                credit.add(new DisclosureImport.CreditRow(CreditList.RED, today.minusDays(random.nextInt(300)), null,
                        "评为市级示范性托育机构"));
            }
            if (filing.status() == FilingStatus.REVOKED) {
                credit.add(new DisclosureImport.CreditRow(CreditList.BLACK, filing.decidedOn(), null, filing.decisionReasons()));
            }
        }
        return new DisclosureImport(capacity, staffing, fees, oneOff, permits, inspections, assessments, penalties,
                misconduct, credit);
    }

    /**
     * The spread (σ, km) of nurseries, and of the benchmark's parents, around a county-level centre: 1.6 km up to
     * 2,000,000 residents, then growing with the square root of the population, so that a big city (the benchmark's
     * national data set) is no denser at its centre than a county of 2 million.
     */
    public static double spreadKm(long population) {
        return population <= SPREAD_POPULATION ? 1.6 : 1.6 * Math.sqrt(population / (double) SPREAD_POPULATION);
    }

    /**
     * A point around the county's centre, denser near it: normal with σ = {@link #spreadKm}, cut at 4 km up to
     * 2 million residents (σ 1.6 km) and at 2.5 σ above.
     */
    private static double[] pointNear(CountyReference county, SplittableRandom random) {
        var district = DemoDistricts.of(county.code());
        if (district.isPresent()) {
            return pointIn(district.get(), random);
        }
        double sigmaKm = spreadKm(county.population());
        double cutKm = county.population() <= SPREAD_POPULATION ? 4.0 : 2.5 * sigmaKm;
        double northKm;
        double eastKm;
        do {
            northKm = gaussian(random) * sigmaKm;
            eastKm = gaussian(random) * sigmaKm;
        } while (Math.hypot(northKm, eastKm) > cutKm);
        double latitude = county.centreLatitude() + northKm / 111.32;
        double longitude = county.centreLongitude() + eastKm / (111.32 * Math.cos(Math.toRadians(county.centreLatitude())));
        return new double[]{round6(latitude), round6(longitude)};
    }

    /** What an inspection found, varied: one or two observations, and for a shortcoming what was ordered. */
    private static String findings(InspectionResult result, SplittableRandom random) {
        return switch (result) {
            case PASSED -> {
                int first = random.nextInt(FINDINGS_GOOD.length);
                int second = random.nextInt(FINDINGS_GOOD.length);
                yield second == first || random.nextBoolean() ? FINDINGS_GOOD[first]
                        : FINDINGS_GOOD[first] + "；" + FINDINGS_GOOD[second];
            }
            case RECTIFICATION_REQUIRED -> FINDINGS_BAD[random.nextInt(FINDINGS_BAD.length)] + "，"
                    + RECTIFICATION_ORDERS[random.nextInt(RECTIFICATION_ORDERS.length)];
            case FAILED -> FINDINGS_FAILED[random.nextInt(FINDINGS_FAILED.length)];
        };
    }

    /**
     * A point inside a demo district's box, denser near its hotspot: normal around the hotspot with σ a quarter of
     * the box's shorter side, drawn again until it falls inside the box.
     */
    static double[] pointIn(DemoDistricts.District d, SplittableRandom random) {
        double kmPerLng = 111.32 * Math.cos(Math.toRadians(d.hotLatitude()));
        double sigmaKm = Math.min((d.maxLatitude() - d.minLatitude()) * 111.32,
                (d.maxLongitude() - d.minLongitude()) * kmPerLng) / 4;
        double latitude;
        double longitude;
        do {
            latitude = d.hotLatitude() + gaussian(random) * sigmaKm / 111.32;
            longitude = d.hotLongitude() + gaussian(random) * sigmaKm / kmPerLng;
        } while (!d.contains(latitude, longitude));
        return new double[]{round6(latitude), round6(longitude)};
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller, so the sequence depends only on the SplittableRandom stream.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A county's share of the nurseries: its residents, times its district's density weight (old centres denser). */
    private static long weight(CountyReference county) {
        double factor = DemoDistricts.of(county.code()).map(DemoDistricts.District::weight).orElse(1.0);
        return Math.max(1, Math.round(county.population() * factor));
    }

    private static CountyReference pickByPopulation(List<CountyReference> counties, long total, SplittableRandom random) {
        long ticket = random.nextLong(total);
        for (CountyReference county : counties) {
            ticket -= weight(county);
            if (ticket < 0) {
                return county;
            }
        }
        return counties.get(counties.size() - 1);
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) total += weight;
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) return values[i];
        }
        return values[values.length - 1];
    }

    private static int roundFee(double amount, CareType care) {
        int step = care == CareType.HOURLY ? 5 : care == CareType.TEMPORARY ? 10 : 50;
        return Math.max(step, (int) (Math.round(amount / step) * step));
    }

    private static BigDecimal share(double value) {
        return BigDecimal.valueOf(Math.min(1.0, value)).setScale(3, RoundingMode.HALF_UP);
    }

    private static double round6(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }

    private static String creditCode(CountyReference county, SplittableRandom random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("52").append(county.code());
        while (code.length() < 18) code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return code.toString();
    }

    private static String serial(String prefix, SplittableRandom random) {
        return prefix + String.format("%010d", random.nextLong(10_000_000_000L));
    }

    private static String phone(String countyCode, SplittableRandom random) {
        String areaCode = switch (countyCode.substring(0, 4)) {
            case "3601" -> "0791";
            case "6201" -> "0931";
            case "1308" -> "0314";
            case "1409" -> "0350";
            default -> "010";
        };
        return areaCode + "-" + (2 + random.nextInt(7)) + String.format("%07d", random.nextInt(10_000_000));
    }
}
