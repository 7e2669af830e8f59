package com.tuoyu.directory.platform.outbox;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drains the outbox: takes due events (locked, so replicas share the work), hands each topic's batch to its
 * handler, deletes what was delivered and reschedules what failed with exponential back-off. A downstream
 * outage only delays delivery; the write that produced the event has long been committed.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final OutboxRepository events;
    private final Map<String, OutboxHandler> handlers;
    private final OutboxConfig config;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long timer = -1;

    public OutboxWorker(OutboxRepository events, Instance<OutboxHandler> handlers, OutboxConfig config, Clock clock) {
        this.events = events;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
        this.config = config;
        this.clock = clock;
    }

    /**
     * Polls on a Vert.x timer: Quarkus' scheduler does not go below one second, and delivery must reach the search
     * index within two. A round that finds a full batch starts the next one at once.
     */
    void start(@Observes StartupEvent event, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        long interval = Math.max(10, config.pollInterval().toMillis());
        timer = vertx.setPeriodic(interval, id -> {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> drainUntilIdle().subscribe().with(
                    delivered -> running.set(false),
                    failure -> {
                        running.set(false);
                        LOG.warnf("Outbox round failed (%s); will retry", describe(failure));
                    }));
        });
    }

    void stop(@Observes ShutdownEvent event, Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private Uni<Integer> drainUntilIdle() {
        return drainOnce().chain(delivered -> delivered >= config.batchSize()
                ? drainUntilIdle().map(more -> delivered + more) : Uni.createFrom().item(delivered));
    }

    /** One round; answers how many events were delivered. */
    public Uni<Integer> drainOnce() {
        return Panache.withTransaction(() -> events.lockDue(config.batchSize()).chain(due -> {
            if (due.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Map<String, List<OutboxEvent>> byTopic = due.stream()
                    .collect(Collectors.groupingBy(e -> e.topic, LinkedHashMap::new, Collectors.toList()));
            return Multi.createFrom().iterable(byTopic.entrySet())
                    .onItem().transformToUniAndConcatenate(entry -> deliver(entry.getKey(), entry.getValue()))
                    .collect().with(Collectors.summingInt(Integer::intValue));
        }));
    }

    private Uni<Integer> deliver(String topic, List<OutboxEvent> batch) {
        OutboxHandler handler = handlers.get(topic);
        if (handler == null) {
            return reschedule(batch, "no handler for topic " + topic).replaceWith(0);
        }
        List<OutboxMessage> messages = batch.stream()
                .map(e -> new OutboxMessage(e.id, e.topic, e.aggregateId, e.payload, e.attempts)).toList();
        return handler.deliver(messages)
                .chain(() -> events.delete("id in ?1", batch.stream().map(e -> e.id).toList()))
                .map(deleted -> batch.size())
                .onFailure().recoverWithUni(failure -> reschedule(batch, describe(failure)).replaceWith(0));
    }

    private Uni<Void> reschedule(List<OutboxEvent> batch, String reason) {
        Instant now = clock.instant();
        for (OutboxEvent event : batch) {
            event.attempts++;
            event.lastError = reason;
            event.nextAttemptAt = now.plus(backoff(event.attempts));
        }
        LOG.warnf("Outbox delivery of %d event(s) failed (%s); retrying with back-off", batch.size(), reason);
        return Uni.createFrom().voidItem();
    }

    Duration backoff(int attempts) {
        Duration delay = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }

    /**
     * The failure's type (and Elasticsearch's error type), never its message: downstream messages may echo
     * document content.
     */
    private static String describe(Throwable failure) {
        if (failure instanceof ElasticsearchException elastic && elastic.error() != null) {
            return "ElasticsearchException " + elastic.status() + " " + elastic.error().type() + "";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
    }
}
