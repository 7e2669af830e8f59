package com.tuoyu.directory.platform.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tuoyu.directory.support.PostgresServer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** Filing officers' writes through one replica, and what the other replica's search and the index make of them. */
final class Writes {

    /** A nursery update acknowledged at {@code ackedAt} with {@code version}. */
    record Write(String nurseryId, long version, long ackedAt) {
    }

    /** Two rebuild requests sent at the same moment, one per replica, and the writes made around them. */
    record RebuildRace(List<Integer> statuses, long from, long to, List<Write> writes) {

        long writesDuringRebuild() {
            return writes.stream().filter(w -> w.ackedAt() >= from && w.ackedAt() <= to).count();
        }

        String describe() {
            return "rebuild answers A " + statuses.get(0) + ", B " + statuses.get(1) + " (the lock lets one run); "
                    + writesDuringRebuild() + " writes acknowledged during the " + (to - from) + " ms rebuild, "
                    + writes.size() + " in all, through both replicas";
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final PostgresServer postgres;
    private final ServiceReplica a;
    private final ServiceReplica b;
    private final String admin;

    Writes(PostgresServer postgres, ServiceReplica a, ServiceReplica b) {
        this.postgres = postgres;
        this.a = a;
        this.b = b;
        this.admin = TopologyIT.token("topology-admin", Set.of("ADMIN"), null);
    }

    /** Renames a nursery through A, then searches B for the new name until found; answers how long that took. */
    Duration writeThenSearch(String nurseryId, int n) throws Exception {
        String name = "拓扑验证托育园" + "甲乙丙丁戊己".charAt(n) + "号";
        Write write = rename(a, nurseryId, name);
        String query = b.baseUrl() + "/api/v1/nurseries?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        while (System.currentTimeMillis() - write.ackedAt() < 10_000) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(query)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                for (JsonNode item : json.readTree(response.body()).path("items")) {
                    if (item.path("id").asText().equals(nurseryId) && item.path("name").asText().equals(name)) {
                        return Duration.ofMillis(System.currentTimeMillis() - write.ackedAt());
                    }
                }
            }
            Thread.sleep(50);
        }
        return Duration.ofSeconds(10);
    }

    /**
     * Sends a rebuild to both replicas at the same moment while a writer renames nurseries through A and B in turn;
     * tries again (up to three times) until at least one write is acknowledged while the rebuild runs.
     */
    RebuildRace rebuildOnBothDuringWrites(List<LoadDriver.Nursery> nurseries) throws Exception {
        RebuildRace race = null;
        for (int round = 0; round < 3 && (race == null || race.writesDuringRebuild() == 0); round++) {
            race = raceOnce(nurseries, round);
        }
        return race;
    }

    private RebuildRace raceOnce(List<LoadDriver.Nursery> nurseries, int round) throws Exception {
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int k = 0; writing.get(); k++) {
                LoadDriver.Nursery nursery = nurseries.get(k % nurseries.size());
                try {
                    writes.add(rename(k % 2 == 0 ? a : b, nursery.id(), "重建期间改名托育园" + round + "-" + k));
                } catch (Exception e) {
                    throw new IllegalStateException("A write during the rebuild failed", e);
                }
            }
        });
        Thread.sleep(1000);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> rebuilds = List.of(a, b).stream().map(replica -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
                return http.send(HttpRequest.newBuilder(URI.create(replica.baseUrl() + "/api/v1/admin/search/rebuild"))
                        .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + admin)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                return -1;
            }
        })).toList();
        long from = System.currentTimeMillis();
        go.countDown();
        List<Integer> statuses = rebuilds.stream().map(CompletableFuture::join).toList();
        long to = System.currentTimeMillis();
        Thread.sleep(1000);
        writing.set(false);
        writer.join();
        return new RebuildRace(statuses, from, to, List.copyOf(writes));
    }

    /** How many of these writes the index holds with their version or a later one. */
    int indexedWithTheirVersion(SearchCluster cluster, List<Write> writes) throws IOException {
        cluster.post("/nurseries/_refresh", null);
        int indexed = 0;
        for (Write write : writes) {
            JsonNode document = cluster.get("/nurseries/_doc/" + write.nurseryId());
            if (document.path("found").asBoolean() && document.path("_version").asLong() >= write.version()) {
                indexed++;
            }
        }
        return indexed;
    }

    /** A filing officer of the nursery's county loads it and saves it back under a new name. */
    private Write rename(ServiceReplica replica, String nurseryId, String name) throws Exception {
        String officer = TopologyIT.token("topology-officer", Set.of("FILING_OFFICER"), division(nurseryId));
        HttpResponse<String> loaded = http.send(HttpRequest.newBuilder(URI.create(replica.baseUrl() + "/api/v1/admin/nurseries/" + nurseryId))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + officer).build(), HttpResponse.BodyHandlers.ofString());
        if (loaded.statusCode() != 200) {
            throw new IllegalStateException("Loading nursery " + nurseryId + " answered " + loaded.statusCode() + ": " + loaded.body());
        }
        JsonNode nursery = json.readTree(loaded.body());
        ObjectNode facts = (ObjectNode) nursery.path("nursery").deepCopy();
        facts.put("name", name);
        ObjectNode update = json.createObjectNode();
        update.put("version", nursery.path("version").asLong());
        update.set("nursery", facts);
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(replica.baseUrl() + "/api/v1/admin/nurseries/" + nurseryId))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(update))).build(), HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("Saving nursery " + nurseryId + " answered " + saved.statusCode() + ": " + saved.body());
        }
        return new Write(nurseryId, json.readTree(saved.body()).path("version").asLong(), System.currentTimeMillis());
    }

    private String division(String nurseryId) throws java.sql.SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement("select division_code from nursery where id = cast(? as uuid)")) {
            statement.setString(1, nurseryId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
