package com.tuoyu.directory.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A short open-model load at a fixed arrival rate, sent from this process with the JDK's HTTP client (no Gatling, so
 * the startup comparison and the AOT training need no second Maven build): nearby searches around listed nurseries
 * drawn from the whole register (so the tiles of the whole data set end up cached, as in a national deployment's
 * steady state) and nursery pages, and, for the training only, keyword pages, division statistics and complaint
 * submissions, so the AOT cache also holds those paths' classes and method profiles.
 *
 * @param requests the requests in the order they are sent, cycled when the load outlasts them
 */
record ServiceLoad(List<HttpRequest> requests) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** What one load sent and how the service answered. */
    record Result(long sent, long ok, long failed, double p50Ms, double p99Ms) {
        String summary() {
            return String.format(Locale.ROOT, "%d sent, %d failed, p50 %.1f ms, p99 %.1f ms", sent, failed, p50Ms, p99Ms);
        }
    }

    /** Nearby searches (3 km) around listed nurseries and the pages of listed nurseries, one after the other. */
    static ServiceLoad nearbyAndDetail(Connection db, String base, int count, long seed) throws SQLException {
        List<double[]> points = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        listed(db, points, ids);
        SplittableRandom random = new SplittableRandom(seed);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] p = points.get(random.nextInt(points.size()));
            // within ~1 km of a nursery, as a parent at home near it
            requests.add(get(String.format(Locale.ROOT, "%s/api/v1/nurseries?lat=%.5f&lng=%.5f&radius=3000", base,
                    p[0] + (random.nextDouble() - 0.5) * 0.02, p[1] + (random.nextDouble() - 0.5) * 0.02)));
            requests.add(get(base + "/api/v1/nurseries/" + ids.get(random.nextInt(ids.size()))));
        }
        return new ServiceLoad(requests);
    }

    /**
     * The training mix: what a replica serves in production, in proportions that let every path reach the JIT's
     * profiling thresholds within a short run.
     */
    static ServiceLoad training(Connection db, String base, String privateKey, int count, long seed) throws SQLException {
        List<double[]> points = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        listed(db, points, ids);
        List<String> cities = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select distinct substr(n.division_code, 1, 4) || '00' from nursery n")) {
            while (rs.next()) {
                cities.add(rs.getString(1));
            }
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add("Bearer " + BenchRun.token(UUID.nameUUIDFromBytes(("training-parent-" + i).getBytes(StandardCharsets.UTF_8)).toString(), privateKey));
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.now(BenchRun.CHINA);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] p = points.get(random.nextInt(points.size()));
            String id = ids.get(random.nextInt(ids.size()));
            String city = cities.get(random.nextInt(cities.size()));
            switch (i % 10) {
                case 0, 1, 2 -> requests.add(get(String.format(Locale.ROOT, "%s/api/v1/nurseries?lat=%.5f&lng=%.5f&radius=3000%s",
                        base, p[0], p[1], i % 10 == 2 ? Workload.FILTERS : "")));
                case 3, 4, 5 -> requests.add(get(base + "/api/v1/nurseries/" + id));
                case 6 -> requests.add(get(base + "/api/v1/nurseries?division=" + city + "&q=" + URLEncoder.encode(
                        Workload.KEYWORDS[random.nextInt(Workload.KEYWORDS.length)], StandardCharsets.UTF_8)));
                case 7 -> requests.add(get(base + "/api/v1/divisions/" + city + "/statistics"));
                case 8 -> requests.add(get(String.format(Locale.ROOT, "%s/api/v1/nurseries/map?minLat=%.4f&minLng=%.4f&maxLat=%.4f&maxLng=%.4f&zoom=12",
                        base, p[0] - 0.06, p[1] - 0.08, p[0] + 0.06, p[1] + 0.08)));
                default -> {
                    ObjectNode body = BenchRun.JSON.createObjectNode();
                    body.put("nurseryId", id);
                    body.put("category", i % 20 == 9 ? "HYGIENE_FOOD" : "FEES_REFUNDS");
                    body.put("description", "AOT 训练投诉：午餐未按公示菜谱提供。编号" + i);
                    body.put("incidentDate", today.minusDays(1 + random.nextInt(20)).toString());
                    requests.add(HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints")).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json").header("Authorization", tokens.get(i % tokens.size()))
                            .header("Idempotency-Key", UUID.nameUUIDFromBytes(("training-" + seed + "-" + i).getBytes(StandardCharsets.UTF_8)).toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
                }
            }
        }
        return new ServiceLoad(requests);
    }

    private static void listed(Connection db, List<double[]> points, List<String> ids) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select n.id, n.latitude, n.longitude from nursery n join filing f on f.nursery_id = n.id"
                        + " where f.status = 'FILED' order by md5(n.id::text)")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                points.add(new double[]{rs.getDouble(2), rs.getDouble(3)});
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No listed nursery to send load about");
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    /**
     * Closed-model: {@code clients} clients each send their next request when the last is answered, for
     * {@code duration}. The training uses it: an overloaded JVM would mostly profile time-outs and 503s, whereas
     * closed-model clients adapt their pace to whatever CPU the machine gives, so the profiles are of answers.
     */
    Result runClosed(int clients, Duration duration) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest request = requests.get((int) (next.getAndIncrement() % requests.size()));
                    long sentAt = System.nanoTime();
                    try {
                        HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                        (response.statusCode() < 300 ? ok : failed).incrementAndGet();
                    } catch (java.io.IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies.add(System.nanoTime() - sentAt);
                }
            }, "training-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Result(next.get(), ok.get(), failed.get(), sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99)) / 1e6);
    }

    /**
     * Sends the requests at {@code rate} per second for {@code duration}, each on its own schedule (a slow answer
     * never delays the next request), and waits for the last answers.
     */
    Result run(double rate, Duration duration) throws InterruptedException {
        long total = (long) (rate * duration.toMillis() / 1000.0);
        long intervalNanos = (long) (1_000_000_000L / rate);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpRequest request = requests.get((int) (i % requests.size()));
            long sentAt = System.nanoTime();
            inFlight.add(CLIENT.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                latencies.add(System.nanoTime() - sentAt);
                if (error == null && response.statusCode() < 300) {
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
            }));
            if (inFlight.size() > 1000) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        for (CompletableFuture<?> future : inFlight) {
            try {
                future.join();
            } catch (RuntimeException e) {
                // counted as failed above
            }
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Result(total, ok.get(), failed.get(), sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99)) / 1e6);
    }
}
