package com.tuoyu.directory.platform.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.support.ElasticsearchNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The three Elasticsearch nodes of {@link TopologySettings} as one cluster on loopback ports. */
final class SearchCluster implements AutoCloseable {

    private final List<ElasticsearchNode> nodes;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
    private final ObjectMapper json = new ObjectMapper();

    private SearchCluster(List<ElasticsearchNode> nodes) {
        this.nodes = nodes;
    }

    /** Starts every node at once (none is healthy before a majority has formed the cluster). */
    static SearchCluster start(Path distribution) {
        List<String> names = TopologySettings.ELASTICSEARCH_NODES;
        List<Integer> transportPorts = names.stream().map(name -> ElasticsearchNode.freePort()).toList();
        List<String> seeds = transportPorts.stream().map(port -> "127.0.0.1:" + port).toList();
        List<ElasticsearchNode> nodes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            nodes.add(ElasticsearchNode.clusterMember(distribution, new ElasticsearchNode.Member(names.get(i),
                    ElasticsearchNode.freePort(), transportPorts.get(i), seeds, names, TopologySettings.ELASTICSEARCH_HEAP,
                    TopologySettings.ELASTICSEARCH_SETTINGS)));
        }
        SearchCluster cluster = new SearchCluster(nodes);
        try {
            CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(node::start))
                    .toArray(CompletableFuture[]::new)).join();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The service's quarkus.elasticsearch.hosts: every node. */
    String hosts() {
        return String.join(",", nodes.stream().map(ElasticsearchNode::hostAndPort).toList());
    }

    ElasticsearchNode node(String name) {
        return nodes.stream().filter(node -> node.nodeName().equals(name)).findFirst().orElseThrow();
    }

    /** The name of the elected master, as a live node sees it; null while there is none. */
    String electedMaster() {
        try {
            JsonNode master = get("/_cat/master?format=json");
            return master.isArray() && !master.isEmpty() ? master.get(0).path("node").asText(null) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A node that is not the elected master. */
    String someDataNodeOtherThanMaster() {
        String master = electedMaster();
        return TopologySettings.ELASTICSEARCH_NODES.stream().filter(name -> !name.equals(master)).findFirst().orElseThrow();
    }

    /** Waits until the cluster is green (all shard copies allocated); answers how long that took. */
    Duration awaitGreen(Duration timeout) throws InterruptedException {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if ("green".equals(get("/_cluster/health?wait_for_status=green&timeout=2s").path("status").asText())) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException e) {
                // no node answers right now
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The Elasticsearch cluster was not green within " + timeout.toSeconds() + " s");
    }

    /** A GET against the first node that answers. */
    JsonNode get(String path) throws IOException {
        return send(path, "GET", null);
    }

    JsonNode post(String path, String body) throws IOException {
        return send(path, "POST", body);
    }

    private JsonNode send(String path, String method, String body) throws IOException {
        IOException last = new IOException("No Elasticsearch node is running");
        for (ElasticsearchNode node : nodes) {
            if (!node.isRunning()) {
                continue;
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + node.hostAndPort() + path))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
                request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 500) {
                    last = new IOException("Elasticsearch answered " + response.statusCode() + " on " + path);
                    continue;
                }
                return json.readTree(response.body());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw last;
    }

    @Override
    public void close() {
        for (ElasticsearchNode node : nodes) {
            try {
                node.close();
            } catch (RuntimeException e) {
                // close the others regardless
            }
        }
    }
}
