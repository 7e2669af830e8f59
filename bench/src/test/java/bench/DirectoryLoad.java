package bench;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Open-model load (constant arrival rate: a new request every 1/rate seconds whatever the answers' latency, so no
 * coordinated omission) for each phase of the plan that BenchRun wrote, one phase after the other.
 *
 * <p>Plan lines: {@code name|feeder.json|requests per second|seconds}, optionally followed by
 * {@code |background-feeder.json|clients}: that many closed-model clients (each sends its next request as soon as the
 * last is answered, as a scraper does) run through the background feeder during the phase, under the phase's name
 * with the target {@code background} (the noisy-neighbour phases). Each feeder record carries {@code url},
 * {@code method} (GET or POST), {@code body}, {@code authorization} (may be empty) and {@code forwardedFor} (the
 * client address the service is told, as the production proxy tells it).
 */
public class DirectoryLoad extends Simulation {

    private static final int QUIET_PAUSE_SECONDS = 15;
    /** The targets that are not our service (BenchRun's baselines). */
    private static final List<String> BASELINES = List.of("es", "pg", "pg-top20");

    /** Each feeder file read once: phases of the same target share its records (a nearby feeder holds 20,000). */
    private final Map<String, List<Map<String, Object>>> feeders = new HashMap<>();

    {
        Path plan = Path.of(System.getProperty("bench.plan"));
        List<String> lines;
        try {
            lines = Files.readAllLines(plan).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpProtocolBuilder protocol = http.shareConnections().disableCaching().disableWarmUp()
                .acceptHeader("application/json").header("Accept-Encoding", "identity");
        List<List<PopulationBuilder>> phases = new ArrayList<>();
        String previous = null;
        for (String line : lines) {
            String[] f = line.split("\\|");
            String name = f[0];
            double rate = Double.parseDouble(f[2]);
            int seconds = Integer.parseInt(f[3]);
            HttpRequestActionBuilder get = http(name).get("#{url}").header("Authorization", "#{authorization}")
                    .header("X-Forwarded-For", "#{forwardedFor}").check(status().in(200, 201));
            HttpRequestActionBuilder post = http(name).post("#{url}").body(StringBody("#{body}"))
                    .header("Content-Type", "application/json").header("Authorization", "#{authorization}")
                    .header("X-Forwarded-For", "#{forwardedFor}").check(status().in(200, 201));
            ScenarioBuilder scenario = scenario(name).feed(listFeeder(records(f[1])).circular())
                    .doIfEqualsOrElse("#{method}", "POST").then(io.gatling.javaapi.core.CoreDsl.exec(post))
                    .orElse(io.gatling.javaapi.core.CoreDsl.exec(get));
            // A pause first: a target that fell behind in the phase before finishes its backlog before this one starts.
            // A longer one before a noisy-neighbour phase's unloaded measurement: it follows the complaint phase, whose
            // notifications and sealing run on after it, and "alone" must mean alone.
            // After a baseline's phase, 7 s: a baseline driven past its capacity works off what it queued for up to
            // the 5 s request timeout (PostgresBaseline drops older waits; Elasticsearch bounds its search queue).
            String previousTarget = previous == null ? "" : previous.substring(previous.lastIndexOf(' ') + 1);
            int pause = name.endsWith(" quiet") ? QUIET_PAUSE_SECONDS : BASELINES.contains(previousTarget) ? 7 : 2;
            previous = name;
            List<PopulationBuilder> phase = new ArrayList<>();
            phase.add(scenario.injectOpen(nothingFor(Duration.ofSeconds(pause)), constantUsersPerSec(rate).during(seconds))
                    .protocols(protocol));
            if (f.length >= 6) {
                String noisy = name.substring(0, name.lastIndexOf(' ')) + " background";
                // 503s from load shedding and 429s from the per-client rate are answers too: the noise keeps sending,
                // it is what is being contained.
                ScenarioBuilder background = scenario(noisy).feed(listFeeder(records(f[4])).circular())
                        .exec(http(noisy).get("#{url}").header("Authorization", "#{authorization}")
                                .header("X-Forwarded-For", "#{forwardedFor}").check(status().in(200, 429, 503)));
                // Starts with the phase's pause, so the noise is at its height when the measured requests begin.
                phase.add(background.injectClosed(constantConcurrentUsers(Integer.parseInt(f[5])).during(Duration.ofSeconds(seconds + 2)))
                        .protocols(protocol));
            }
            phases.add(phase);
        }
        // Each phase starts when the measured population of the one before is done (its background ends with it).
        List<PopulationBuilder> next = null;
        for (int i = phases.size() - 1; i >= 0; i--) {
            List<PopulationBuilder> phase = new ArrayList<>(phases.get(i));
            if (next != null) {
                phase.set(0, phase.get(0).andThen(next.toArray(PopulationBuilder[]::new)));
            }
            next = phase;
        }
        setUp(next);
    }

    private List<Map<String, Object>> records(String file) {
        return feeders.computeIfAbsent(file, path -> {
            try {
                return new ObjectMapper().readValue(Path.of(path).toFile(), new TypeReference<List<Map<String, Object>>>() {
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
