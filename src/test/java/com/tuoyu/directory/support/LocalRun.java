package com.tuoyu.directory.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The README's run command: starts PostgreSQL and Elasticsearch, then the packaged service against them with
 * demo data, prints where to find it, and stops everything on Ctrl-C.
 *
 * <p>Lives in test sources so the embedded servers never reach the production artifact.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException("No packaged service at " + app + ": run './mvnw package -Plocal'");
        }
        int port = Integer.getInteger("local.http.port", 8080);
        long started = System.nanoTime();
        System.out.println("Starting PostgreSQL and Elasticsearch ...");
        LocalServers servers = LocalServers.start();
        Process[] service = new Process[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the service, Elasticsearch and PostgreSQL ...");
            if (service[0] != null) {
                service[0].destroy();
                try {
                    service[0].waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            servers.close();
        }, "stop-local-run"));

        ProcessBuilder builder = new ProcessBuilder(serviceCommand(app)).inheritIO();
        Map<String, String> env = builder.environment();
        servers.serviceConfig().forEach((key, value) -> env.put(toEnvName(key), value));
        env.put("QUARKUS_PROFILE", "dev");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("NURSERY_DEMO_DATA_ENABLED", "true");
        env.put("NURSERY_STORAGE_LOCAL_DIRECTORY", Path.of("target", "local-storage").toAbsolutePath().toString());
        Path keys = Path.of("src", "test", "resources", "keys").toAbsolutePath();
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("dev-public.pem").toUri().toString());
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("dev-private.pem").toUri().toString());
        // Sign-in for this run only: a fresh password for the bootstrap admin and the demo staff accounts.
        String password = "Demo-" + java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(9));
        env.put("NURSERY_ADMIN_BOOTSTRAP_USERNAME", "admin");
        env.put("NURSERY_ADMIN_BOOTSTRAP_PASSWORD", password);
        env.put("NURSERY_IDENTITY_DEMO_ACCOUNTS_PASSWORD", password);
        // Every staff account signs in with an authenticator app's code too: fixed secrets for this run's accounts,
        // printed below, to add to an app (or to compute codes with oathtool --totp -b SECRET).
        String adminTotp = com.tuoyu.directory.identity.Totp.newSecret();
        String demoTotp = com.tuoyu.directory.identity.Totp.newSecret();
        env.put("NURSERY_ADMIN_BOOTSTRAP_TOTP_SECRET", adminTotp);
        env.put("NURSERY_IDENTITY_DEMO_ACCOUNTS_TOTP_SECRET", demoTotp);
        service[0] = builder.start();

        String base = "http://localhost:" + port;
        if (awaitReady(base + "/q/health/ready", service[0])) {
            System.out.printf(Locale.ROOT, "%n=== Public nursery directory is running (ready in %d s) ===%n"
                            + "  Console     %s/console/  (complaint handlers, supervisors)%n"
                            + "  API         %s/api/v1/divisions%n"
                            + "  Swagger UI  %s/q/swagger-ui%n"
                            + "  OpenAPI     %s/q/openapi%n"
                            + "  Health      %s/q/health/ready%n"
                            + "  Metrics     %s/q/metrics%n"
                            + "  PostgreSQL  %s (user %s)%n"
                            + "  Elasticsearch http://%s%n"
                            + "  Sign-in     demo-handler (东湖区 360102), demo-handler-2 (东湖区, 青山湖区), demo-supervisor (南昌市 360100:%n"
                            + "              supervisor and filing officer), admin (accounts, search index); password %s%n"
                            + "              then the 6-digit code of an authenticator app (TOTP: SHA-1, 6 digits, 30 s) with the secret%n"
                            + "                demo-handler, demo-handler-2, demo-supervisor  %s%n"
                            + "                admin                                           %s%n"
                            + "              (add it to 腾讯身份验证器, Google or Microsoft Authenticator, or: oathtool --totp -b SECRET)%n"
                            + "              demo parent (mobile API): POST /api/v1/auth/wechat {\"code\":\"demo-parent\",\"noticeVersion\":\"" + Notice.CURRENT + "\"}%n"
                            + "Press Ctrl-C to stop everything.%n%n",
                    (System.nanoTime() - started) / 1_000_000_000, base, base, base, base, base, base,
                    servers.postgres().jdbcUrl(), PostgresServer.USER, servers.elasticsearch().hostAndPort(), password,
                    demoTotp, adminTotp);
        }
        int exit = service[0].waitFor();
        System.exit(exit);
    }

    /**
     * The production runtime when it is installed (JDK 25: compact object headers, serial GC, and the AOT cache of
     * {@code ./mvnw package -Paot} when there is one), else this JVM (the default java). A cache left from an older
     * build of the jars is refused by the JVM with a warning, and the service starts without it.
     */
    static List<String> serviceCommand(Path app) {
        List<String> command = new ArrayList<>();
        Optional<Path> jdk25 = ServiceJvm.jdk25();
        if (jdk25.isPresent()) {
            command.add(ServiceJvm.java(jdk25.get()).toString());
            command.addAll(List.of("-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders"));
            if (Files.isRegularFile(ServiceJvm.AOT_CACHE)) {
                command.add("-XX:AOTCache=" + ServiceJvm.AOT_CACHE.toAbsolutePath());
            }
        } else {
            command.add(ServiceJvm.defaultJava().toString());
        }
        command.addAll(List.of("-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(), "-jar", app.toString()));
        System.out.println("Service JVM: " + command.get(0));
        return command;
    }

    private static boolean awaitReady(String url, Process service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && service.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        System.err.println("The service did not become ready; see its log above.");
        return false;
    }

    /** quarkus.datasource.jdbc.url becomes QUARKUS_DATASOURCE_JDBC_URL, as production deployments set it. */
    static String toEnvName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
