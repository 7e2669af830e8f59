package com.tuoyu.directory.platform.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * An open-model load at a constant rate, whatever the answers: arrivals are scheduled, never waiting for earlier
 * answers. Of every ten arrivals five are nearby searches, three nursery detail reads and two complaint submissions.
 * Requests alternate between the replicas and, as nginx's {@code proxy_next_upstream error timeout} does, one that
 * cannot connect is sent once to the other. A complaint client keeps its Idempotency-Key and retries on the other
 * replica after any failure, 409 (key in flight) or 5xx, waiting Retry-After, until it is acknowledged.
 */
final class LoadDriver implements AutoCloseable {

    /** One answer (status -1: no connection or no answer). */
    record Outcome(long sentAt, String kind, String replica, int status, boolean retryAfter) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    record Nursery(String id, double lat, double lng) {
    }

    static final String SEARCH = "search";
    static final String DETAIL = "detail";
    static final String COMPLAINT = "complaint";
    private static final String[] CYCLE = {SEARCH, DETAIL, SEARCH, COMPLAINT, SEARCH, DETAIL, SEARCH, COMPLAINT, SEARCH, DETAIL};
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);

    private final List<ServiceReplica> replicas;
    private final List<Nursery> nurseries;
    private final Function<String, String> parentToken;
    private final int perSecond;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261206);
    private final AtomicLong arrivals = new AtomicLong();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> conflictingAcks = ConcurrentHashMap.newKeySet();
    private final AtomicInteger complaintsSent = new AtomicInteger();
    private final AtomicInteger complaintsPending = new AtomicInteger();
    private final AtomicInteger complaintsGivenUp = new AtomicInteger();
    private final AtomicInteger complaintsRefused = new AtomicInteger();
    private final String incidentDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

    /** {@code parentToken}: a PARENT access token for a parent id. */
    LoadDriver(List<ServiceReplica> replicas, List<Nursery> nurseries, Function<String, String> parentToken, int perSecond) {
        this.replicas = replicas;
        this.nurseries = nurseries;
        this.parentToken = parentToken;
        this.perSecond = perSecond;
    }

    void start() {
        clock.scheduleAtFixedRate(this::arrive, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    /** Stops new arrivals; complaint clients still retrying go on until acknowledged or given up. */
    void stopArrivals() {
        clock.shutdown();
    }

    /** Waits until no complaint client is retrying any more. */
    boolean awaitComplaintsSettled(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (complaintsPending.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return complaintsPending.get() == 0;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Idempotency-Key to the complaint id it was acknowledged with. */
    Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Keys acknowledged with two different complaint ids (a duplicate the client can see). */
    Set<String> conflictingAcknowledgements() {
        return Set.copyOf(conflictingAcks);
    }

    int complaintsSent() {
        return complaintsSent.get();
    }

    int complaintsGivenUp() {
        return complaintsGivenUp.get();
    }

    /** Complaints answered with a final 4xx (other than 409/429): none expected. */
    int complaintsRefused() {
        return complaintsRefused.get();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }

    private void arrive() {
        long n = arrivals.getAndIncrement();
        String kind = CYCLE[(int) (n % CYCLE.length)];
        // Alternating, and shifted every cycle so that each kind goes to both replicas.
        int first = (int) ((n + n / CYCLE.length) % replicas.size());
        Nursery nursery;
        synchronized (random) {
            nursery = nurseries.get(random.nextInt(nurseries.size()));
        }
        switch (kind) {
            case SEARCH -> read(SEARCH, first, String.format("/api/v1/nurseries?lat=%.5f&lng=%.5f&radius=5000", nursery.lat(), nursery.lng()));
            case DETAIL -> read(DETAIL, first, "/api/v1/nurseries/" + nursery.id());
            default -> submitComplaint(first, nursery, n);
        }
    }

    private void read(String kind, int first, String path) {
        long sentAt = System.currentTimeMillis();
        send(first, replica -> HttpRequest.newBuilder(URI.create(replica.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build(), true)
                .thenAccept(answer -> outcomes.add(new Outcome(sentAt, kind, answer.replica(), answer.status(), answer.retryAfter())));
    }

    private void submitComplaint(int first, Nursery nursery, long n) {
        String parent = "topology-parent-" + (n % 97);
        String key = UUID.randomUUID().toString();
        String body;
        try {
            body = json.writeValueAsString(Map.of("nurseryId", nursery.id(), "category", "OTHER",
                    "description", "拓扑测试第 " + n + " 件：接送时门口无人值守，孩子独自走到了路边。",
                    "incidentDate", incidentDate));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        complaintsSent.incrementAndGet();
        complaintsPending.incrementAndGet();
        attemptComplaint(first, parent, key, body, System.currentTimeMillis());
    }

    private void attemptComplaint(int replicaIndex, String parent, String key, String body, long firstSentAt) {
        long sentAt = System.currentTimeMillis();
        String token = parentToken.apply(parent);
        send(replicaIndex, replica -> HttpRequest.newBuilder(URI.create(replica.baseUrl() + "/api/v1/complaints"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(), false)
                .thenAccept(answer -> settle(answer, sentAt, parent, key, body, firstSentAt))
                .exceptionally(failure -> {
                    // A bug in this driver must not leave the client pending forever: count it as given up.
                    complaintsGivenUp.incrementAndGet();
                    complaintsPending.decrementAndGet();
                    return null;
                });
    }

    private void settle(Answer answer, long sentAt, String parent, String key, String body, long firstSentAt) {
        outcomes.add(new Outcome(sentAt, COMPLAINT, answer.replica(), answer.status(), answer.retryAfter()));
        if (answer.status() >= 200 && answer.status() < 300) {
            String id = answer.body().path("id").asText("(no id)");
            String earlier = acknowledged.putIfAbsent(key, id);
            if (earlier != null && !earlier.equals(id)) {
                conflictingAcks.add(key);
            }
            complaintsPending.decrementAndGet();
        } else if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 409 && answer.status() != 429) {
            complaintsRefused.incrementAndGet();
            complaintsPending.decrementAndGet();
        } else if (System.currentTimeMillis() - firstSentAt > GIVE_UP_AFTER.toMillis()) {
            complaintsGivenUp.incrementAndGet();
            complaintsPending.decrementAndGet();
        } else {
            long wait = answer.retryAfterSeconds() > 0 ? answer.retryAfterSeconds() * 1000L : 500;
            int next = (replicas.indexOf(answer.replicaObject()) + 1) % replicas.size();
            CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS)
                    .execute(() -> attemptComplaint(next, parent, key, body, firstSentAt));
        }
    }

    private record Answer(ServiceReplica replicaObject, int status, long retryAfterSeconds, JsonNode body) {
        String replica() {
            return replicaObject.name();
        }

        boolean retryAfter() {
            return retryAfterSeconds > 0;
        }
    }

    /**
     * Sends to one replica. As the proxy does (proxy_next_upstream error timeout), a request that could not connect
     * goes once to the other, and so does an idempotent one whose connection failed before an answer.
     */
    private CompletableFuture<Answer> send(int replicaIndex, Function<ServiceReplica, HttpRequest> request, boolean idempotent) {
        ServiceReplica replica = replicas.get(replicaIndex % replicas.size());
        return attempt(replica, request).thenCompose(answer -> answer.status() == -2 || (idempotent && answer.status() == -1)
                ? attempt(replicas.get((replicaIndex + 1) % replicas.size()), request)
                        .thenApply(other -> other.status() == -2 ? new Answer(other.replicaObject(), -1, 0, null) : other)
                : CompletableFuture.completedFuture(answer)).thenApply(answer -> answer.status() == -2
                ? new Answer(answer.replicaObject(), -1, 0, null) : answer);
    }

    /** Status -2: could not connect (the proxy tries the next replica); -1: no answer. */
    private CompletableFuture<Answer> attempt(ServiceReplica replica, Function<ServiceReplica, HttpRequest> request) {
        return http.sendAsync(request.apply(replica), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                boolean unconnected = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
                return new Answer(replica, unconnected ? -2 : -1, 0, null);
            }
            long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L);
            JsonNode body = null;
            try {
                body = response.body() == null || response.body().isEmpty() ? null : json.readTree(response.body());
            } catch (IOException e) {
                // not JSON: the status is what counts
            }
            return new Answer(replica, response.statusCode(), retryAfter, body == null ? json.nullNode() : body);
        });
    }
}
