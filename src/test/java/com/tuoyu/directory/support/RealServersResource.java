package com.tuoyu.directory.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts one real PostgreSQL and one real Elasticsearch for the whole test run and points every
 * {@code @QuarkusTest} at them. They stop when the test JVM exits.
 *
 * <p>All test classes share one application (no test profiles), so this class is loaded once per run and
 * the servers can live in static fields.
 */
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
public class RealServersResource implements QuarkusTestResourceLifecycleManager {

    private static final String CONFIG = "nursery.test.servers.config";
    private static final String STOP_ELASTICSEARCH = "nursery.test.servers.stop-elasticsearch";
    private static final String START_ELASTICSEARCH = "nursery.test.servers.start-elasticsearch";

    @Override
    public Map<String, String> start() {
        return new HashMap<>(config());
    }

    @Override
    public void stop() {
        // The servers outlive each application restart; a shutdown hook stops them with the JVM.
    }

    private static LocalServers servers;
    private static Map<String, String> config;

    static synchronized Map<String, String> config() {
        if (servers == null) {
            servers = LocalServers.start();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "stop-test-servers"));
            config = Map.copyOf(servers.serviceConfig());
        }
        return config;
    }

    /** Stops the shared Elasticsearch node, keeping its data; tests that do this must start it again. */
    public static void stopElasticsearch() {
        servers.elasticsearch().stop();
    }

    /** Starts the shared Elasticsearch node again on the same port with the same data. */
    public static void startElasticsearch() {
        servers.elasticsearch().start();
    }
}
