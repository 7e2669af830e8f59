package com.tuoyu.directory.platform.outbox;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Notes what a request announced in the outbox (on its Vert.x context) and fires {@link AnnouncedHere} when the
 * request is answered: by then the services' transactions have committed, and the client has not yet read the answer.
 */
@ApplicationScoped
public class AnnouncementsAfterAnswer {

    private static final String KEY = "outbox.announced-here";

    private final Event<AnnouncedHere> announced;

    @Inject
    public AnnouncementsAfterAnswer(Event<AnnouncedHere> announced) {
        this.announced = announced;
    }

    /** Called by {@link Outbox#enqueue} inside the transaction. */
    static void note(String topic, String aggregateId) {
        Context context = Vertx.currentContext();
        if (context == null || aggregateId == null || !io.smallrye.common.vertx.VertxContext.isDuplicatedContext(context)) {
            return;
        }
        Map<String, Set<String>> noted = ContextLocals.<Map<String, Set<String>>>get(KEY).orElse(null);
        if (noted == null) {
            noted = new LinkedHashMap<>();
            ContextLocals.put(KEY, noted);
        }
        noted.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(aggregateId);
    }

    @ServerResponseFilter
    public void afterAnswer() {
        Context context = Vertx.currentContext();
        if (context == null || !io.smallrye.common.vertx.VertxContext.isDuplicatedContext(context)) {
            return;
        }
        Map<String, Set<String>> noted = ContextLocals.<Map<String, Set<String>>>get(KEY).orElse(null);
        if (noted == null) {
            return;
        }
        ContextLocals.remove(KEY);
        noted.forEach((topic, ids) -> announced.fire(new AnnouncedHere(topic, Set.copyOf(ids))));
    }
}
