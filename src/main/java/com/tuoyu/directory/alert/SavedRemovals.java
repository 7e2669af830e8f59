package com.tuoyu.directory.alert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tuoyu.directory.platform.outbox.OutboxHandler;
import com.tuoyu.directory.platform.outbox.OutboxMessage;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.saved.SavedNurseryService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A nursery removed from a parent's saved list ends the parent's alerts on it: an alert is for a saved nursery, and a
 * parent who stopped following one should not hear of its places. Only alerts made before the removal end, and none
 * while the nursery is saved again, so a nursery saved and subscribed to again before this runs keeps its alert; a
 * redelivered removal finds nothing.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SavedRemovals implements OutboxHandler {

    private static final TypeReference<SavedNurseryService.Removal> REMOVAL = new TypeReference<>() {
    };

    private final VacancyAlertRepository alerts;
    private final SavedNurseryService saved;
    private final JsonText json;

    @Override
    public String topic() {
        return SavedNurseryService.REMOVED_TOPIC;
    }

    @Override
    public Uni<Void> deliver(List<OutboxMessage> messages) {
        return Multi.createFrom().iterable(messages).onItem().transformToUniAndConcatenate(this::end)
                .collect().last().replaceWithVoid();
    }

    private Uni<Long> end(OutboxMessage message) {
        SavedNurseryService.Removal removal = json.read(message.payload(), REMOVAL);
        UUID nurseryId = UUID.fromString(message.aggregateId());
        return saved.isSaved(removal.parentId(), nurseryId).chain(savedAgain -> savedAgain ? Uni.createFrom().item(0L)
                : alerts.delete("kind = ?1 and parentId = ?2 and nurseryId = ?3 and createdAt <= ?4", VacancyAlert.Kind.NURSERY,
                        removal.parentId(), nurseryId, Instant.parse(removal.removedAt())));
    }
}
