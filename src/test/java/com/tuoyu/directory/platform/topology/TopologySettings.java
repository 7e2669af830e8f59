package com.tuoyu.directory.platform.topology;

import java.util.List;
import java.util.Map;

/**
 * The production topology of {@code docker/compose.yaml}, in the one place {@link TopologyIT} takes it from to run it on
 * one machine and {@link ComposeSettingsTest} checks the compose file against: whatever the test proves is what the
 * compose file deploys.
 */
public final class TopologySettings {

    /** The Elasticsearch release: the compose image's tag and the integ-test distribution the build unpacks. */
    public static final String ELASTICSEARCH_VERSION = "9.5.3";

    /** Node names, in compose (service names, seed hosts, initial master nodes) and in the test. */
    public static final List<String> ELASTICSEARCH_NODES = List.of("es01", "es02", "es03");

    /** Each node's heap (compose: ES_HEAP_SIZE, this by default). */
    public static final String ELASTICSEARCH_HEAP = "1g";

    /** elasticsearch.yml settings every node shares (compose: the x-elasticsearch-env anchor). */
    public static final Map<String, String> ELASTICSEARCH_SETTINGS = Map.of(
            "cluster.name", "nursery-directory",
            "bootstrap.memory_lock", "true",
            "xpack.security.enabled", "false");

    /**
     * Settings of the official image's modules that the integ-test distribution lacks (it refuses them as unknown):
     * checked in compose, not applied in the test. Without the ingest-geoip module nothing is downloaded either.
     */
    public static final Map<String, String> DEFAULT_DISTRIBUTION_SETTINGS = Map.of(
            "ingest.geoip.downloader.enabled", "false");

    /** How many service processes run side by side (compose: the app's deploy.replicas). */
    public static final int SERVICE_REPLICAS = 2;

    /** The service's settings for the cluster (compose: the app's environment): one shard, one replica of it. */
    public static final Map<String, String> SERVICE_ENVIRONMENT = Map.of(
            "NURSERY_SEARCH_SHARDS", "1",
            "NURSERY_SEARCH_REPLICAS", "1");

    private TopologySettings() {
    }
}
