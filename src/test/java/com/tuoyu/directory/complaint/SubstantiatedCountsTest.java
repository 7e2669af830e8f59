package com.tuoyu.directory.complaint;

import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched count of substantiated complaints, called as other features call it (no HTTP): one number per
 * nursery, the same as the per-nursery outcomes and as PostgreSQL counts them.
 */
@QuarkusTest
class SubstantiatedCountsTest {

    @Inject
    ComplaintService complaints;

    @Inject
    Vertx vertx;

    @Test
    void eachNurseryCountsItsSubstantiatedComplaintsResolvedSinceTheDayAsItsOutcomesDo() throws Exception {
        // Nurseries the other complaint tests file against, so that no untouched fixture nursery gets complaints.
        UUID first = listedNurseryIn("360102");
        UUID second = listedNurseryIn("140902");
        UUID unknown = UUID.randomUUID();
        // Resolved in 2020, long before any twelve-month figure other tests check.
        insert(first, "RESOLVED", "SUBSTANTIATED", "2020-06-01T02:00:00Z");
        insert(first, "RESOLVED", "PARTLY_SUBSTANTIATED", "2020-06-02T02:00:00Z");
        insert(first, "RESOLVED", "NOT_SUBSTANTIATED", "2020-06-03T02:00:00Z");
        insert(first, "REJECTED", "SUBSTANTIATED", "2020-06-04T02:00:00Z");
        // The first moment of 1 January 2020 in China counts from that day; the moment before does not.
        insert(first, "RESOLVED", "SUBSTANTIATED", "2019-12-31T16:00:00Z");
        insert(first, "RESOLVED", "SUBSTANTIATED", "2019-12-31T15:59:59Z");
        insert(second, "RESOLVED", "SUBSTANTIATED", "2020-07-01T02:00:00Z");

        for (LocalDate since : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 2))) {
            Map<UUID, Integer> counts = run(() -> complaints.substantiatedCounts(List.of(first, second, unknown), since));
            assertThat(counts.getOrDefault(unknown, 0)).isZero();
            for (UUID nursery : List.of(first, second)) {
                int outcomes = run(() -> complaints.substantiatedOutcomes(nursery, since)).size();
                assertThat(counts.getOrDefault(nursery, 0)).as(nursery + " since " + since)
                        .isEqualTo(outcomes).isEqualTo((int) counted(nursery, since));
            }
        }
        Map<UUID, Integer> since2020 = run(() -> complaints.substantiatedCounts(List.of(first, second), LocalDate.of(2020, 1, 1)));
        Map<UUID, Integer> sinceJune = run(() -> complaints.substantiatedCounts(List.of(first, second), LocalDate.of(2020, 6, 2)));
        assertThat(since2020.get(first) - sinceJune.get(first)).isEqualTo(2);
        assertThat(since2020.get(second)).isEqualTo(sinceJune.get(second)).isPositive();
        assertThat(run(() -> complaints.substantiatedCounts(List.of(), LocalDate.of(2020, 1, 1)))).isEmpty();
    }

    private static UUID listedNurseryIn(String county) {
        return (UUID) Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = ? order by n.id limit 1", county).get(0).get("id");
    }

    /** The oracle: substantiated or partly, resolved on or after the day began in China. */
    private static long counted(UUID nursery, LocalDate since) {
        return Database.count("select count(*) from complaint where nursery_id = ? and status = 'RESOLVED' "
                + "and finding in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED') "
                + "and resolved_at >= (cast(? as date)::timestamp at time zone 'Asia/Shanghai')", nursery, since.toString());
    }

    private static void insert(UUID nursery, String status, String finding, String resolvedAt) {
        OffsetDateTime resolved = Instant.parse(resolvedAt).atOffset(ZoneOffset.UTC);
        OffsetDateTime submitted = resolved.minusDays(30);
        Database.rows("insert into complaint (id, tracking_number, parent_id, nursery_id, division_code, category, urgent, "
                        + "description, incident_date, status, finding, submitted_at, accept_due_at, resolve_due_at, due_at, "
                        + "deadlines_provisional, accepted_at, resolved_at, updated_at) "
                        + "select ?, ?, ?, n.id, n.division_code, 'OTHER', false, '测试用的历史投诉，用于核对统计。', "
                        + "?, ?, ?, ?, ?, ?, ?, false, ?, ?, ? from nursery n where n.id = ? "
                        + "returning id",
                UUID.randomUUID(), "TX" + UUID.randomUUID().toString().substring(0, 18), "parent-counts-" + UUID.randomUUID(),
                submitted.toLocalDate(), status, finding, submitted, submitted, resolved, resolved,
                submitted, resolved, resolved, nursery);
    }

    /** Runs a service call on a Vert.x context, as a request or the outbox worker would. */
    private <T> T run(Supplier<Uni<T>> call) throws Exception {
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<T> done = new CompletableFuture<>();
        context.runOnContext(ignored -> call.get().subscribe().with(done::complete, done::completeExceptionally));
        return done.get(60, TimeUnit.SECONDS);
    }
}
