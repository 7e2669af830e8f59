package com.tuoyu.directory.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database and a search alias of their own on the shared PostgreSQL and Elasticsearch, for a test profile whose
 * requests change data freely (the OpenAPI fuzz run): the application of that profile migrates the database and
 * loads the demo data into it as usual, and the other tests' data is never touched. Name it in
 * {@code QuarkusTestProfile#testResources()} with the argument {@code name}.
 *
 * <p>Ordered after {@link RealServersResource} so that its datasource URLs replace the shared ones.
 */
public class OwnDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String name;

    @Override
    public void init(Map<String, String> initArgs) {
        name = initArgs.getOrDefault("name", "own");
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("A database name of lower-case letters, digits and _: " + name);
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> shared = RealServersResource.config();
        String database = PostgresServer.DATABASE + "_" + name;
        String jdbc = shared.get("quarkus.datasource.jdbc.url");
        String base = jdbc.substring(0, jdbc.lastIndexOf('/') + 1);
        String reactive = shared.get("quarkus.datasource.reactive.url");
        // As the embedded server's superuser: the service's own role may not create databases.
        try (Connection connection = DriverManager.getConnection(base + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            // A fresh database each run of the profile: the data left by an earlier application start is dropped.
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " OWNER " + PostgresServer.USER
                    + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", base + database,
                "quarkus.datasource.reactive.url", reactive.substring(0, reactive.lastIndexOf('/') + 1) + database,
                "nursery.search.alias", "nurseries-" + name.replace('_', '-'));
    }

    @Override
    public void stop() {
        // The database stays until the shared server stops with the JVM.
    }

    @Override
    public int order() {
        return 1000;
    }
}
