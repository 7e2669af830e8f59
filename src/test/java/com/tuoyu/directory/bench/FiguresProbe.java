package com.tuoyu.directory.bench;

import io.smallrye.jwt.build.Jwt;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Issue #19's single-client figures: a nursery page opened for the first time (built from PostgreSQL) and again
 * (from the replica's cache), and the supervisor's risk ranking of a city, from the demo's city (南昌市, 360100) and
 * the city with the most listed nurseries. Timed with System.nanoTime one request after the other.
 */
final class FiguresProbe {

    static final String DEMO_CITY = "360100";
    static final String RISK_KEY = "risk ranking of 360100";
    static final String FIRST_OPENING = "nursery page, first opening (built)";
    static final String CACHED_OPENING = "nursery page, opened again (cached)";
    private static final int PAGES = 100;

    private final String api;
    private final String privateKey;
    private final List<String> freshIds;
    private final Map<String, Long> cities;

    private FiguresProbe(String api, String privateKey, List<String> freshIds, Map<String, Long> cities) {
        this.api = api;
        this.privateKey = privateKey;
        this.freshIds = freshIds;
        this.cities = cities;
    }

    static FiguresProbe create(Connection db, String api, String privateKey, List<String> loadIds) throws SQLException {
        Set<String> opened = new HashSet<>(loadIds);
        List<String> fresh = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select n.id from nursery n join filing f "
                + "on f.nursery_id = n.id where f.status = 'FILED' order by md5(n.id::text) desc limit " + (PAGES + loadIds.size()))) {
            while (rs.next() && fresh.size() < PAGES) {
                if (!opened.contains(rs.getString(1))) {
                    fresh.add(rs.getString(1));
                }
            }
        }
        Map<String, Long> cities = new LinkedHashMap<>();
        for (String city : new java.util.LinkedHashSet<>(List.of(DEMO_CITY, Workload.largestCity(db)))) {
            cities.put(city, BenchRun.scalar(db, "select count(*) from nursery n join filing f on f.nursery_id = n.id "
                    + "where f.status = 'FILED' and n.division_code like '" + city.substring(0, 4) + "%'"));
        }
        return new FiguresProbe(api, privateKey, fresh, cities);
    }

    /** name → {p50, p99} in ms; the risk rows are named {@code risk ranking of <code>} with the nurseries ranked. */
    Map<String, double[]> run(boolean risk) throws Exception {
        Map<String, double[]> result = new LinkedHashMap<>();
        double[] first = new double[freshIds.size()];
        double[] again = new double[freshIds.size()];
        for (int i = 0; i < freshIds.size(); i++) {
            String url = "/api/v1/nurseries/" + freshIds.get(i);
            first[i] = once(() -> BenchRun.http("GET", api + url, null));
            again[i] = once(() -> BenchRun.http("GET", api + url, null));
        }
        result.put(FIRST_OPENING, percentiles(first));
        result.put(CACHED_OPENING, percentiles(again));
        if (risk) {
            for (Map.Entry<String, Long> city : cities.entrySet()) {
                String supervisor = "Bearer " + Jwt.issuer("https://nursery-directory.cn").audience("nursery-directory")
                        .subject("bench-supervisor").groups(Set.of("SUPERVISOR")).claim("token_type", "access")
                        .claim("scope_divisions", List.of(city.getKey())).expiresIn(Duration.ofHours(3)).jws().sign(privateKey);
                Callable<String> ranking = () -> BenchRun.http("GET", api + "/api/v1/admin/risk?division=" + city.getKey(), null, supervisor);
                int samples = city.getValue() > 2000 ? 20 : 60;
                for (int i = 0; i < 5; i++) {
                    ranking.call();
                }
                double[] times = new double[samples];
                for (int i = 0; i < samples; i++) {
                    times[i] = once(ranking);
                }
                result.put("risk ranking of " + city.getKey() + " (" + city.getValue() + " nurseries)", percentiles(times));
            }
        }
        return result;
    }

    private static double once(Callable<String> call) throws Exception {
        long started = System.nanoTime();
        call.call();
        return (System.nanoTime() - started) / 1e6;
    }

    private static double[] percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1]};
    }
}
