package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.outbox.OutboxHandler;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Keeps the search index true: every announced change of a nursery is re-projected from PostgreSQL. */
@ApplicationScoped
@RequiredArgsConstructor
public class SearchIndexer implements OutboxHandler {

    private final NurseryProjector projector;
    private final NurseryIndex index;

    @Override
    public String topic() {
        return NurseryService.CHANGED_TOPIC;
    }

    @Override
    public Uni<Void> deliver(List<OutboxMessage> messages) {
        List<UUID> ids = messages.stream().map(m -> UUID.fromString(m.aggregateId())).distinct().toList();
        return projector.project(ids).chain(index::write);
    }
}
