package com.tuoyu.directory.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tuoyu.directory.search.NurserySearchService;
import com.tuoyu.directory.search.SearchParameters;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static com.tuoyu.directory.bench.BenchRun.JSON;

/**
 * The requests of every scenario, deterministic (fixed seed): points weighted by county population around the
 * county centres, city-wide Chinese keywords, listed nurseries' ids, map viewports and complaints.
 */
final class Workload {

    static final int RECORDS = 3000;
    /** Distinct parents' points per nearby feeder: more than a phase sends, so no answer is a repeat. */
    static final int NEARBY_RECORDS = 20_000;
    static final int CHECKS = 100;
    static final int PROBES = 300;
    static final String[] KEYWORDS = {"阳光", "小太阳", "爱心", "人民路", "宝贝", "托育中心", "彩虹", "社区"};
    static final String FILTERS = "&careType=FULL_DAY&inclusive=true";

    record County(String code, String city, long population, double lat, double lng) {
    }

    private final Path work;
    private final String api;
    private final String es;
    private final String pg;
    private final List<County> counties;
    private final List<String> cities;
    private final List<String> ids;
    private final LocalDate today = LocalDate.now(BenchRun.CHINA);
    private final String privateKey = Path.of("src", "test", "resources", "keys", "dev-private.pem").toAbsolutePath().toUri().toString();
    /** scenario → targets → feeder file */
    private final Map<String, Map<String, Path>> feeders = new LinkedHashMap<>();
    /** The noisy neighbours' statistics requests. */
    private Path noise;
    /** Clients calling statistics in the noisy-neighbour phases (issue #19). */
    static final int NOISY_CLIENTS = 16;
    /** The address of requests that name no client of their own. */
    private static final String LOAD_HOST = "127.0.0.1";

    private Workload(Path work, String api, String es, String pg, List<County> counties, List<String> cities, List<String> ids) {
        this.work = work;
        this.api = api;
        this.es = es;
        this.pg = pg;
        this.counties = counties;
        this.cities = cities;
        this.ids = ids;
    }

    static Workload create(Connection db, Path work, String api, String es, String pg, BenchRun.Settings settings) throws Exception {
        List<County> counties = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select code, parent_code, population, centre_latitude, centre_longitude from division"
                        + " where level = 'COUNTY' and centre_latitude is not null order by code")) {
            while (rs.next()) {
                counties.add(new County(rs.getString(1), rs.getString(2), Math.max(1, rs.getLong(3)), rs.getDouble(4), rs.getDouble(5)));
            }
        }
        List<String> cities = counties.stream().map(County::city).distinct().toList();
        List<String> ids = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select n.id from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' order by md5(n.id::text) limit " + RECORDS)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        Workload workload = new Workload(work, api, es, pg, counties, cities, ids);
        workload.writeFeeders();
        return workload;
    }

    /** A point where parents live: a county drawn by population, then normal around its centre (σ 2.5 km). */
    double[] point(SplittableRandom random) {
        long total = counties.stream().mapToLong(County::population).sum();
        long ticket = random.nextLong(total);
        County county = counties.get(counties.size() - 1);
        for (County c : counties) {
            ticket -= c.population();
            if (ticket < 0) {
                county = c;
                break;
            }
        }
        double north;
        double east;
        double sigma = com.tuoyu.directory.demo.DemoDataGenerator.spreadKm(county.population());
        do {
            north = gaussian(random) * sigma;
            east = gaussian(random) * sigma;
        } while (Math.hypot(north, east) > Math.max(8, 2.5 * sigma));
        double lat = county.lat() + north / 111.32;
        double lng = county.lng() + east / (111.32 * Math.cos(Math.toRadians(county.lat())));
        return new double[]{Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5};
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1.0 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /**
     * Every scenario's feeders, also for scenarios that do not run: the random draws stay in the same order, so a
     * scenario's requests are the same whichever others run with it.
     */
    private void writeFeeders() throws IOException {
        SplittableRandom random = new SplittableRandom(8);
        for (String scenario : List.of("nearby", "nearby-filtered")) {
            String filters = scenario.equals("nearby") ? "" : FILTERS;
            List<ObjectNode> ours = new ArrayList<>();
            List<ObjectNode> raw = new ArrayList<>();
            List<ObjectNode> base = new ArrayList<>();
            List<ObjectNode> top20 = new ArrayList<>();
            for (int i = 0; i < NEARBY_RECORDS; i++) {
                double[] p = point(random);
                String query = String.format(Locale.ROOT, "lat=%s&lng=%s&radius=3000", p[0], p[1]) + filters;
                ours.add(get(api + "/api/v1/nurseries?" + query));
                raw.add(post(es + "/" + BenchRun.ALIAS + "/_search", esBody(query), null));
                base.add(get(pg + "/nearby?" + query));
                top20.add(get(pg + "/nearby?facets=false&" + query));
            }
            feeder(scenario, "ours", ours);
            feeder(scenario, "es", raw);
            feeder(scenario, "pg", base);
            if (scenario.equals("nearby")) {
                feeder(scenario, "pg-top20", top20);
            }
        }
        List<ObjectNode> ours = new ArrayList<>();
        List<ObjectNode> raw = new ArrayList<>();
        List<ObjectNode> base = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            String city = cities.get(random.nextInt(cities.size()));
            String keyword = KEYWORDS[random.nextInt(KEYWORDS.length)];
            String query = "division=" + city + "&q=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8);
            ours.add(get(api + "/api/v1/nurseries?" + query));
            raw.add(post(es + "/" + BenchRun.ALIAS + "/_search", esBody(query), null));
            base.add(get(pg + "/keyword?" + query));
        }
        feeder("keyword", "ours", ours);
        feeder("keyword", "es", raw);
        feeder("keyword", "pg", base);

        feeder("detail", "ours", ids.stream().map(id -> get(api + "/api/v1/nurseries/" + id)).toList());

        // Public figures as parents and the press ask for them: the cities and provinces of the data set.
        List<String> provinces = cities.stream().map(c -> c.substring(0, 2) + "0000").distinct().toList();
        List<ObjectNode> statistics = new ArrayList<>();
        List<ObjectNode> indicators = new ArrayList<>();
        // Parents and the press asking from many addresses (a parent's phone asks for two or three figures at once).
        for (int i = 0; i < RECORDS; i++) {
            String area = random.nextInt(4) == 0 ? provinces.get(random.nextInt(provinces.size())) : cities.get(random.nextInt(cities.size()));
            statistics.add(from(get(api + "/api/v1/divisions/" + area + "/statistics"), parentAddress(i / 2)));
            indicators.add(from(random.nextInt(4) == 0
                    ? get(api + "/api/v1/divisions/" + provinces.get(random.nextInt(provinces.size())) + "/indicators/ranking")
                    : get(api + "/api/v1/divisions/" + cities.get(random.nextInt(cities.size())) + "/indicators"), parentAddress(i / 2)));
        }
        feeder("statistics", "ours", statistics);
        feeder("indicators", "ours", indicators);
        // The noise: anonymous clients walking every division's statistics and every city's indicators of every
        // year, so most answers are not cached yet and each asks for a computation.
        List<ObjectNode> noise = new ArrayList<>();
        List<String> areas = new ArrayList<>(provinces);
        areas.addAll(cities);
        counties.forEach(c -> areas.add(c.code()));
        for (String area : areas) {
            noise.add(get(api + "/api/v1/divisions/" + area + "/statistics"));
        }
        for (int year = 2021; year <= today.getYear(); year++) {
            for (String city : cities) {
                noise.add(get(api + "/api/v1/divisions/" + city + "/indicators?year=" + year));
            }
        }
        java.util.Collections.shuffle(noise, new java.util.Random(19));
        // 16 anonymous clients, each its own address: record i is client i % 16's (NOISY_CLIENTS run the feeder).
        for (int i = 0; i < noise.size(); i++) {
            from(noise.get(i), "198.18.0." + (1 + i % NOISY_CLIENTS));
        }
        Path noiseFile = work.resolve("feeder-noise-statistics.json");
        ArrayNode noiseArray = JSON.createArrayNode();
        noise.forEach(noiseArray::add);
        JSON.writeValue(noiseFile.toFile(), noiseArray);
        this.noise = noiseFile;

        List<ObjectNode> map = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            double[] p = point(random);
            map.add(get(String.format(Locale.ROOT, "%s/api/v1/nurseries/map?minLat=%.4f&minLng=%.4f&maxLat=%.4f&maxLng=%.4f&zoom=12",
                    api, p[0] - 0.06, p[1] - 0.08, p[0] + 0.06, p[1] + 0.08)));
        }
        feeder("map", "ours", map);

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tokens.add("Bearer " + BenchRun.token(UUID.nameUUIDFromBytes(("bench-parent-" + i).getBytes(StandardCharsets.UTF_8)).toString(), privateKey));
        }
        List<ObjectNode> complaints = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            ObjectNode body = JSON.createObjectNode();
            body.put("nurseryId", ids.get(random.nextInt(ids.size())));
            body.put("category", i % 2 == 0 ? "HYGIENE_FOOD" : "FEES_REFUNDS");
            body.put("description", "基准测试投诉：午餐未按公示菜谱提供，退费流程不清楚。编号" + i);
            body.put("incidentDate", today.minusDays(1 + random.nextInt(20)).toString());
            complaints.add(post(api + "/api/v1/complaints", body.toString(), tokens.get(i % tokens.size())));
        }
        feeder("complaint", "ours", complaints);
    }

    private String esBody(String query) {
        return NurserySearchService.searchRequestJson(BenchRun.ALIAS, parameters(query), today);
    }

    private static SearchParameters parameters(String query) {
        SearchParameters p = new SearchParameters();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "lat" -> p.lat = value;
                case "lng" -> p.lng = value;
                case "radius" -> p.radius = value;
                case "q" -> p.q = value;
                case "division" -> p.division = value;
                case "careType" -> p.careType = value;
                case "inclusive" -> p.inclusive = value;
                default -> throw new IllegalArgumentException(kv[0]);
            }
        }
        return p;
    }

    private static ObjectNode get(String url) {
        ObjectNode record = JSON.createObjectNode();
        record.put("method", "GET").put("url", url).put("body", "").put("authorization", "").put("forwardedFor", LOAD_HOST);
        return record;
    }

    private static ObjectNode post(String url, String body, String authorization) {
        ObjectNode record = JSON.createObjectNode();
        record.put("method", "POST").put("url", url).put("body", body).put("authorization", authorization == null ? "" : authorization)
                .put("forwardedFor", LOAD_HOST);
        return record;
    }

    /** The client address the service is told (X-Forwarded-For); the load host's own unless a scenario names one. */
    private static ObjectNode from(ObjectNode record, String address) {
        return record.put("forwardedFor", address);
    }

    /** One of 65,000 parents' addresses (a documentation range of RFC 6890's benchmarking block, 198.18.0.0/15). */
    private static String parentAddress(int parent) {
        int n = parent % 65_000;
        return "198.19." + (n / 250) + "." + (1 + n % 250);
    }

    private void feeder(String scenario, String target, List<ObjectNode> records) throws IOException {
        ArrayNode array = JSON.createArrayNode();
        records.forEach(array::add);
        Path file = work.resolve("feeder-" + scenario + "-" + target + ".json");
        JSON.writeValue(file.toFile(), array);
        feeders.computeIfAbsent(scenario, k -> new LinkedHashMap<>()).put(target, file);
    }

    /**
     * Warm-up, then {@code runs} rounds; in each round every scenario's targets one after the other (A B A B).
     * Nearby search runs a ladder of arrival rates. Phase names: {@code r<run> <scenario>@<rate> <target>}.
     */
    Path plan(BenchRun.Settings s) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# name|feeder|rate|seconds");
        feeders.forEach((scenario, targets) -> {
            // The noisy-neighbour phases measure our nearby and detail: warmed as when those scenarios run themselves.
            boolean noisyOnly = s.runs("noisy") && List.of("nearby", "detail").contains(scenario) && !s.runs(scenario);
            if (noisyOnly) {
                lines.add(String.join("|", "warmup " + scenario + " ours", targets.get("ours").toString(),
                        String.valueOf(s.rates().get("noisy")), String.valueOf(s.warmupSeconds())));
            } else if (s.runs(scenario)) {
                targets.forEach((target, file) -> lines.add(String.join("|", "warmup " + scenario + " " + target,
                        file.toString(), String.valueOf(rate(s, scenario)), String.valueOf(s.warmupSeconds()))));
            }
        });
        for (int run = 1; run <= s.runs(); run++) {
            for (double rate : s.runs("nearby") ? s.ladder() : List.<Double>of()) {
                for (Map.Entry<String, Path> target : feeders.get("nearby").entrySet()) {
                    if (onRung(target.getKey(), rate)) {
                        lines.add(line(run, "nearby", rate, target.getKey(), target.getValue(), s.seconds()));
                    }
                }
            }
            for (double rate : s.runs("keyword") ? s.keywordLadder() : List.<Double>of()) {
                for (Map.Entry<String, Path> target : feeders.get("keyword").entrySet()) {
                    if (onRung(target.getKey(), rate)) {
                        lines.add(line(run, "keyword", rate, target.getKey(), target.getValue(), s.seconds()));
                    }
                }
            }
            for (String scenario : List.of("nearby-filtered", "detail", "statistics", "indicators", "map", "complaint")) {
                if (!s.runs(scenario)) {
                    continue;
                }
                for (Map.Entry<String, Path> target : feeders.get(scenario).entrySet()) {
                    lines.add(line(run, scenario, s.rates().get(scenario), target.getKey(), target.getValue(), s.seconds()));
                }
            }
        }
        if (s.runs("noisy")) {
            // Nearby and detail at the same rate, first alone, then beside 16 clients calling statistics; repeated
            // per run like the other phases.
            double rate = s.rates().get("noisy");
            for (int run = 1; run <= s.runs(); run++) {
                for (String scenario : List.of("nearby", "detail")) {
                    Path feeder = feeders.get(scenario).get("ours");
                    lines.add(line(run, "noisy-" + scenario, rate, "quiet", feeder, s.seconds()));
                    lines.add(line(run, "noisy-" + scenario, rate, "loaded", feeder, s.seconds())
                            + "|" + noise + "|" + NOISY_CLIENTS);
                }
            }
        }
        Path plan = work.resolve("plan.txt");
        Files.write(plan, lines);
        return plan;
    }

    /** The detail feeder's ids, for opening each page once before the load (see BenchRun). */
    List<String> detailIds() {
        return ids;
    }

    /** The city with the most listed nurseries. */
    static String largestCity(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select substr(n.division_code, 1, 4) || '00', count(*) "
                + "from nursery n join filing f on f.nursery_id = n.id where f.status = 'FILED' group by 1 order by 2 desc, 1 limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The raw Elasticsearch queries saturate a 2-core machine below 1,000/s (every run so far); above that rung they
     * only add 5-second timeouts and a backlog that slows the next phase, so they are left out.
     */
    private static boolean onRung(String target, double rate) {
        return !target.equals("es") || rate <= 1000;
    }

    private static double rate(BenchRun.Settings s, String scenario) {
        return s.rates().getOrDefault(scenario, 200.0);
    }

    private static String line(int run, String scenario, double rate, String target, Path feeder, int seconds) {
        return String.join("|", String.format(Locale.ROOT, "r%d %s@%d %s", run, scenario, Math.round(rate), target),
                feeder.toString(), String.valueOf(rate), String.valueOf(seconds));
    }

    /** The API's first page against the PostgreSQL baseline's, on random points: same ids in the same order. */
    String checkExactness() throws Exception {
        SplittableRandom random = new SplittableRandom(99);
        int same = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < CHECKS; i++) {
            double[] p = point(random);
            String query = String.format(Locale.ROOT, "lat=%s&lng=%s&radius=3000", p[0], p[1]) + (i % 2 == 0 ? "" : FILTERS);
            List<String> ours = new ArrayList<>();
            JSON.readTree(BenchRun.http("GET", api + "/api/v1/nurseries?" + query, null)).path("items")
                    .forEach(item -> ours.add(item.path("id").asText()));
            List<String> base = new ArrayList<>();
            JSON.readTree(BenchRun.http("GET", pg + "/nearby?facets=false&" + query, null)).path("items")
                    .forEach(item -> base.add(item.path("id").asText()));
            List<String> expected = base.subList(0, Math.min(20, base.size()));
            if (ours.equals(expected)) {
                same++;
            } else if (differences.size() < 3) {
                differences.add(query);
            }
        }
        return same + " of " + CHECKS + " identical" + (differences.isEmpty() ? "" : "; differing e.g. " + differences);
    }

    /**
     * Sequential requests from one client, timed with System.nanoTime: p50 and p99 in microseconds for the API,
     * the raw Elasticsearch query (request cache off) and the PostgreSQL baseline, interleaved per point (in ms).
     */
    Map<String, double[]> probe() throws Exception {
        Thread.sleep(5000); // let a backlog from the last load phase drain
        BenchRun.http("POST", es + "/" + BenchRun.ALIAS + "/_cache/clear?request=true", null);
        String admin = "Bearer " + BenchRun.adminToken(privateKey);
        SplittableRandom random = new SplittableRandom(1234);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int i = 0; i < PROBES; i++) {
            double[] p = point(random);
            String query = String.format(Locale.ROOT, "lat=%s&lng=%s&radius=3000", p[0], p[1]);
            // Uncached: the tile cache dropped (not timed), then the API, then the very multi-search it sent.
            BenchRun.http("DELETE", api + "/api/v1/admin/search/cache", null, admin);
            time(times, "nearby ours, tiles not cached", "GET", api + "/api/v1/nurseries?" + query, null);
            String[] tiles = NurserySearchService.nearbyTilesRequest(BenchRun.ALIAS, parameters(query), 36,
                    1000); // the defaults of nursery.search.nearby.max-tiles and tile-limit
            time(times, "nearby es, the multi-search the API sent", "POST", es + tiles[0], tiles[1]);
            time(times, "nearby ours, tiles cached", "GET", api + "/api/v1/nurseries?" + query, null);
            time(times, "nearby es, distance query (request_cache=false)", "POST", es + "/" + BenchRun.ALIAS + "/_search?request_cache=false", esBody(query));
            time(times, "nearby pg", "GET", pg + "/nearby?" + query, null);
            String city = cities.get(random.nextInt(cities.size()));
            String keyword = "division=" + city + "&q=" + URLEncoder.encode(KEYWORDS[random.nextInt(KEYWORDS.length)], StandardCharsets.UTF_8);
            time(times, "keyword ours", "GET", api + "/api/v1/nurseries?" + keyword, null);
            time(times, "keyword es (request_cache=false)", "POST", es + "/" + BenchRun.ALIAS + "/_search?request_cache=false", esBody(keyword));
            time(times, "keyword pg", "GET", pg + "/keyword?" + keyword, null);
        }
        Map<String, double[]> result = new LinkedHashMap<>();
        times.forEach((name, list) -> {
            List<Long> sorted = list.stream().skip(PROBES / 10).sorted().toList(); // first tenth: warm-up
            result.put(name, new double[]{sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6});
        });
        return result;
    }

    private static void time(Map<String, List<Long>> times, String name, String method, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", body != null && body.startsWith("{}\n") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = BenchRun.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            // A timeout or failure counts as its full time: it stays in the percentiles rather than ending the run.
            BenchRun.log("  probe " + name + " failed: " + e.getClass().getSimpleName());
        }
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - start);
    }
}
