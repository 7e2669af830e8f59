package com.tuoyu.directory.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * PostgreSQL and Elasticsearch started side by side, with the configuration the service needs to reach them.
 */
public final class LocalServers implements AutoCloseable {

    private final PostgresServer postgres;
    private final ElasticsearchNode elasticsearch;

    private LocalServers(PostgresServer postgres, ElasticsearchNode elasticsearch) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
    }

    /** Starts both servers in parallel; if either fails, the other is stopped before the error is thrown. */
    public static LocalServers start() {
        Path distribution = Path.of(System.getProperty("elasticsearch.distribution",
                "target/elasticsearch-dist/elasticsearch-9.5.3"));
        CompletableFuture<ElasticsearchNode> elasticsearch = CompletableFuture.supplyAsync(() -> {
            ElasticsearchNode node = ElasticsearchNode.fromDistribution(distribution);
            try {
                node.start();
                return node;
            } catch (RuntimeException e) {
                node.close();
                throw e;
            }
        });
        PostgresServer postgres;
        try {
            postgres = PostgresServer.start(Path.of("target", "embedded-postgres"));
        } catch (RuntimeException e) {
            elasticsearch.thenAccept(ElasticsearchNode::close);
            throw e;
        }
        try {
            return new LocalServers(postgres, elasticsearch.join());
        } catch (RuntimeException e) {
            postgres.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The settings that point the service at these servers, as Quarkus configuration properties. */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl());
        config.put("quarkus.elasticsearch.hosts", elasticsearch.hostAndPort());
        return config;
    }

    @Override
    public void close() {
        try {
            elasticsearch.close();
        } finally {
            postgres.close();
        }
    }
}
