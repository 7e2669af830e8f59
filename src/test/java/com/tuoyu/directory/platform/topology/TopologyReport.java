package com.tuoyu.directory.platform.topology;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The markdown report of one {@link TopologyIT} run (bench/results/&lt;date&gt;-topology.md). */
record TopologyReport(List<Phase> phases, TopologyIT.Figures figures, List<LoadDriver.Outcome> outcomes,
                      IndexAgreement seeded, IndexAgreement last, Map<String, Duration> starts, Duration loadTime) {

    private Map<Integer, Long> byStatus(String kind) {
        Map<Integer, Long> counts = new TreeMap<>();
        outcomes.stream().filter(o -> o.kind().equals(kind)).forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Topology under faults, ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(" UTC\n\n");
        md.append("Written by `TopologyIT` (`./mvnw verify -Ptopology`, also run by `.ci/run`) on one machine without Docker: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(" for the service (Elasticsearch on its own JDK 21+). The run took ").append(TopologyIT.seconds(figures.total))
                .append(" in all.\n\n");
        md.append("## Topology (docker/compose.yaml, kept equal by `ComposeSettingsTest`)\n\n");
        md.append("| part | as run here |\n|---|---|\n");
        md.append("| Elasticsearch ").append(TopologySettings.ELASTICSEARCH_VERSION).append(" | ").append(TopologySettings.ELASTICSEARCH_NODES.size())
                .append(" nodes (").append(String.join(", ", TopologySettings.ELASTICSEARCH_NODES)).append(") in one cluster on loopback ports, ")
                .append(new TreeMap<>(TopologySettings.ELASTICSEARCH_SETTINGS).entrySet().stream().map(e -> "`" + e.getKey() + ": " + e.getValue() + "`")
                        .collect(Collectors.joining(", "))).append(", heap ").append(TopologySettings.ELASTICSEARCH_HEAP)
                .append("; cluster green ").append(TopologyIT.seconds(starts.get("cluster"))).append(" after the start |\n");
        md.append("| index | ").append(new TreeMap<>(TopologySettings.SERVICE_ENVIRONMENT).entrySet().stream()
                .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`").collect(Collectors.joining(", "))).append(" |\n");
        md.append("| PostgreSQL 17 | one server (zonky embedded binaries), stopped and started with `pg_ctl` |\n");
        md.append("| service | ").append(TopologySettings.SERVICE_REPLICAS).append(" replicas of the packaged jar (target/quarkus-app), ")
                .append("each pointed at all three nodes; A ready in ").append(TopologyIT.seconds(starts.get("A")))
                .append(" (loads ").append(TopologyIT.DEMO_NURSERIES).append(" demo nurseries), B in ").append(TopologyIT.seconds(starts.get("B")))
                .append(" |\n");
        md.append("| proxy | none: the load's clients alternate between the replicas and, as nginx.conf's `proxy_next_upstream error timeout` does, ")
                .append("send a request that cannot connect (and a read whose connection breaks) once to the other |\n\n");

        md.append("## Load\n\nOpen model at ").append(TopologyIT.RATE).append(" requests/s for ").append(TopologyIT.seconds(loadTime))
                .append(" (arrivals never wait for answers): half nearby searches (5 km around a listed nursery), 30 % detail reads, ")
                .append("20 % complaint submissions, each with its own Idempotency-Key and a client that retries on the other replica ")
                .append("(after Retry-After, else 0.5 s) until acknowledged.\n\n");
        md.append("| kind | requests | 2xx | answers by status (-1: no answer) |\n|---|---|---|---|\n");
        for (String kind : List.of(LoadDriver.SEARCH, LoadDriver.DETAIL, LoadDriver.COMPLAINT)) {
            md.append("| ").append(kind).append(kind.equals(LoadDriver.COMPLAINT) ? " (attempts, retries included)" : "").append(" | ")
                    .append(outcomes.stream().filter(o -> o.kind().equals(kind)).count()).append(" | ")
                    .append(Phase.share(outcomes, kind, 0, Long.MAX_VALUE)).append(" | ")
                    .append(String.valueOf(byStatus(kind))).append(" |\n");
        }

        md.append("\n## Faults, one after another under the load\n\n");
        md.append("| phase | length | search 2xx | detail 2xx | complaint attempts 2xx | recovery | index vs PostgreSQL after it |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Phase phase : phases) {
            md.append("| ").append(phase.name()).append(" | ").append(String.format(java.util.Locale.ROOT, "%.0f s", phase.seconds()))
                    .append(" | ").append(phase.share(outcomes, LoadDriver.SEARCH)).append(" | ").append(phase.share(outcomes, LoadDriver.DETAIL))
                    .append(" | ").append(phase.share(outcomes, LoadDriver.COMPLAINT)).append(" | ").append(phase.recovery())
                    .append(" | ").append(phase.agreement()).append(" |\n");
        }
        md.append("\nIndex vs PostgreSQL: every nursery whose filing is in force, compared document by document (present, listed, ")
                .append("same version); after seeding ").append(seeded).append(", at the end ").append(last == null ? "not reached" : last).append(".\n");
        if (figures.failure != null) {
            md.append("\n## The run stopped early\n\n`").append(figures.failure.replace('\n', ' ').replace('`', '\''))
                    .append("`\n\nThe sections below hold what was measured before.\n");
        }

        TopologyIT.ComplaintAccount c = figures.complaints;
        if (c == null) {
            return md.toString();
        }
        md.append("\n## Complaints\n\n| figure | value |\n|---|---|\n");
        md.append("| acknowledged to clients (distinct complaints) | ").append(c.acknowledged()).append(" |\n");
        md.append("| rows in PostgreSQL for the load's parents | ").append(c.rows()).append(" |\n");
        md.append("| lost (acknowledged, not in PostgreSQL) | ").append(c.lost()).append(" |\n");
        md.append("| duplicated (rows no client was acknowledged for) | ").append(c.unacknowledgedRows()).append(" |\n");
        md.append("| half-written (Idempotency-Key reserved, no complaint) | ").append(c.halfWritten()).append(" |\n");
        md.append("| complaint clients that gave up (after 150 s) / refused with a final 4xx | ").append(figures.givenUp).append(" / ")
                .append(figures.refused).append(" |\n");
        md.append("| Idempotency-Keys acknowledged with two different complaints | ").append(figures.conflicting).append(" |\n");

        md.append("\n## PostgreSQL stopped for 20 s\n\n");
        Map<String, Long> answers = figures.outageComplaints.stream().collect(Collectors.groupingBy(
                o -> (o.status() == -1 ? "no answer" : String.valueOf(o.status())) + (o.retryAfter() ? " with Retry-After" : ""),
                TreeMap::new, Collectors.counting()));
        md.append("- complaint attempts while it was down (sent after `pg_ctl stop` returned): ").append(answers).append("\n");
        md.append("- answers 5xx other than 503 (any kind) from the stop to the end of the phase: ").append(figures.outageInternalErrors).append("\n");
        md.append("- nearby search while it was down: ").append(figures.outage).append(" answered 2xx (from Elasticsearch)\n");
        md.append("- first new complaint acknowledged after its return, per replica (no restart): ").append(figures.recoveryText()).append("\n");

        md.append("\n## A write through A, searched through B\n\n");
        md.append("Five renames through A; B's keyword search for the new name found each after ")
                .append(figures.crossReplica.stream().map(TopologyIT::seconds).toList()).append(" (goal ≤ 2 s).\n");

        md.append("\n## Two replicas rebuilding at once\n\n");
        md.append(figures.rebuild.describe()).append(". Writes indexed with their version afterwards: ")
                .append(figures.rebuildWritesIndexed).append("/").append(figures.rebuild.writes().size()).append(".\n");
        return md.toString();
    }
}
