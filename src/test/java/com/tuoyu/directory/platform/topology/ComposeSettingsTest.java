package com.tuoyu.directory.platform.topology;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker/compose.yaml} deploys the topology {@link TopologyIT} runs ({@link TopologySettings}): the same
 * Elasticsearch release, nodes, cluster settings and heap, and the same service replicas and index settings. A change
 * to either side fails here until the other follows.
 */
class ComposeSettingsTest {

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z0-9_]+:-([^}]*)}");

    private final Map<String, Object> compose = load();

    @Test
    void elasticsearchNodesAreTheTestedOnes() {
        Map<String, Object> services = map(compose.get("services"));
        List<String> nodes = services.keySet().stream().filter(name -> name.matches("es\\d+")).sorted().toList();
        assertThat(nodes).isEqualTo(TopologySettings.ELASTICSEARCH_NODES);
        for (String node : nodes) {
            Map<String, Object> service = map(services.get(node));
            assertThat(service.get("image")).as(node + " image")
                    .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + TopologySettings.ELASTICSEARCH_VERSION);
            Map<String, String> environment = environment(service);
            assertThat(environment.get("node.name")).isEqualTo(node);
            TopologySettings.ELASTICSEARCH_SETTINGS.forEach((key, value) ->
                    assertThat(environment.get(key)).as(node + " " + key).isEqualTo(value));
            TopologySettings.DEFAULT_DISTRIBUTION_SETTINGS.forEach((key, value) ->
                    assertThat(environment.get(key)).as(node + " " + key).isEqualTo(value));
            assertThat(List.of(environment.get("discovery.seed_hosts").split(","))).as(node + " seed hosts")
                    .isEqualTo(TopologySettings.ELASTICSEARCH_NODES);
            assertThat(List.of(environment.get("cluster.initial_master_nodes").split(","))).as(node + " initial masters")
                    .isEqualTo(TopologySettings.ELASTICSEARCH_NODES);
            String heap = TopologySettings.ELASTICSEARCH_HEAP;
            assertThat(Arrays.asList(environment.get("ES_JAVA_OPTS").split("\\s+"))).as(node + " heap")
                    .containsExactlyInAnyOrder("-Xms" + heap, "-Xmx" + heap);
            // Settings the test does not apply would be untested: every node setting is one of the shared ones.
            assertThat(environment.keySet()).as(node + " settings")
                    .containsExactlyInAnyOrderElementsOf(withNodeOwn(TopologySettings.ELASTICSEARCH_SETTINGS.keySet()));
        }
    }

    @Test
    void theServiceRunsTheTestedReplicasAgainstEveryNode() {
        Map<String, Object> app = map(map(compose.get("services")).get("app"));
        assertThat(map(app.get("deploy")).get("replicas")).isEqualTo(TopologySettings.SERVICE_REPLICAS);
        Map<String, String> environment = environment(app);
        TopologySettings.SERVICE_ENVIRONMENT.forEach((key, value) ->
                assertThat(environment.get(key)).as("app " + key).isEqualTo(value));
        assertThat(environment.get("QUARKUS_ELASTICSEARCH_HOSTS")).isEqualTo(String.join(",",
                TopologySettings.ELASTICSEARCH_NODES.stream().map(node -> node + ":9200").toList()));
        assertThat(environment.keySet().stream().filter(key -> key.startsWith("NURSERY_SEARCH_")))
                .as("search settings the test does not apply").containsExactlyInAnyOrderElementsOf(
                        TopologySettings.SERVICE_ENVIRONMENT.keySet());
    }

    private static List<String> withNodeOwn(java.util.Set<String> shared) {
        List<String> all = new java.util.ArrayList<>(shared);
        all.addAll(TopologySettings.DEFAULT_DISTRIBUTION_SETTINGS.keySet());
        all.addAll(List.of("node.name", "discovery.seed_hosts", "cluster.initial_master_nodes", "ES_JAVA_OPTS"));
        return all;
    }

    /** The environment with compose's ${VAR:-default} resolved to its default, as a fresh deployment gets it. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> resolved = new java.util.TreeMap<>();
        map(service.get("environment")).forEach((key, value) -> {
            Matcher matcher = DEFAULTED.matcher(String.valueOf(value));
            resolved.put(key, matcher.replaceAll(result -> Matcher.quoteReplacement(result.group(1))));
        });
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> load() {
        try {
            // SnakeYAML resolves the compose file's anchors and merge keys (<<: *elasticsearch-env).
            return new Yaml().load(Files.readString(Path.of("docker", "compose.yaml")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
