package com.tuoyu.directory.support;

import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The filed nurseries as PostgreSQL holds them, read with plain SQL: the test oracle for what the directory
 * must answer.
 */
public final class ListedNurseries {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public record Row(UUID id, String name, String address, double lat, double lng, String division, boolean inclusive,
                      boolean meals, String model, Set<String> careTypes, LocalTime opensAt, LocalTime closesAt,
                      Set<Integer> openDays, Map<String, int[]> capacity, LocalDate capacityAsOf,
                      Map<String, Integer> fees, String grade) {

        /** Lowest fee in force for a care type among the given class types, or null. */
        public Integer lowestFee(String careType, Set<String> groups) {
            if (!careTypes.contains(careType)) {
                return null;
            }
            return fees.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(careType + ":") && groups.contains(e.getKey().substring(careType.length() + 1)))
                    .map(Map.Entry::getValue).min(Integer::compare).orElse(null);
        }

        public boolean hasFreshVacancy(Set<String> groups, LocalDate today) {
            return capacityAsOf != null && !capacityAsOf.isBefore(today.minusDays(30))
                    && capacity.entrySet().stream().anyMatch(e -> groups.contains(e.getKey()) && e.getValue()[0] > e.getValue()[1]);
        }
    }

    private ListedNurseries() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(CHINA));
    }

    public static List<Row> load() {
        LocalDate today = today();
        Map<UUID, Map<String, int[]>> capacity = new HashMap<>();
        Map<UUID, LocalDate> capacityAsOf = new HashMap<>();
        for (Map<String, Object> c : Database.rows("select nursery_id, age_group, slots, enrolled, as_of from capacity")) {
            UUID id = (UUID) c.get("nursery_id");
            capacity.computeIfAbsent(id, k -> new HashMap<>()).put((String) c.get("age_group"),
                    new int[]{(Integer) c.get("slots"), (Integer) c.get("enrolled")});
            LocalDate asOf = ((java.sql.Date) c.get("as_of")).toLocalDate();
            capacityAsOf.merge(id, asOf, (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<UUID, Map<String, Integer>> fees = new HashMap<>();
        for (Map<String, Object> f : Database.rows("select distinct on (nursery_id, care_type, age_group) nursery_id, care_type, "
                + "age_group, amount_yuan from fee where effective_from <= ? "
                + "order by nursery_id, care_type, age_group, effective_from desc", java.sql.Date.valueOf(today))) {
            fees.computeIfAbsent((UUID) f.get("nursery_id"), k -> new HashMap<>())
                    .put(f.get("care_type") + ":" + f.get("age_group"), (Integer) f.get("amount_yuan"));
        }
        Map<UUID, String> grades = new HashMap<>();
        for (Map<String, Object> g : Database.rows("select distinct on (nursery_id) nursery_id, grade from quality_assessment "
                + "order by nursery_id, assessed_on desc")) {
            grades.put((UUID) g.get("nursery_id"), (String) g.get("grade"));
        }
        return Database.rows("select n.* from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED'")
                .stream().map(n -> {
                    UUID id = (UUID) n.get("id");
                    return new Row(id, (String) n.get("name"), (String) n.get("address"),
                            (Double) n.get("latitude"), (Double) n.get("longitude"),
                            (String) n.get("division_code"), (Boolean) n.get("inclusive"), (Boolean) n.get("meals_provided"),
                            (String) n.get("operating_model"),
                            Set.of(((String) n.get("care_types")).split(",")),
                            ((Time) n.get("opens_at")).toLocalTime(), ((Time) n.get("closes_at")).toLocalTime(),
                            Arrays.stream(((String) n.get("open_days")).split(",")).map(Integer::parseInt).collect(Collectors.toSet()),
                            capacity.getOrDefault(id, Map.of()), capacityAsOf.get(id), fees.getOrDefault(id, Map.of()),
                            grades.get(id));
                }).toList();
    }

    /** Great-circle distance in metres on the mean Earth radius, written independently of the service's. */
    public static double haversine(double lat1, double lng1, double lat2, double lng2) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
