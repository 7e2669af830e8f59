package com.tuoyu.directory.saved;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.outbox.Outbox;
import com.tuoyu.directory.platform.text.JsonText;
import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.saved.dto.SavedNurseryEntry;
import com.tuoyu.directory.saved.dto.SavedNurseryList;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A parent's saved nurseries: one list per account, kept in PostgreSQL so every device shows the same. */
@ApplicationScoped
@RequiredArgsConstructor
public class SavedNurseryService {

    /** The most a parent may save (issue #18): enough to shortlist, small enough to show in one answer. */
    public static final int LIMIT = 50;

    /**
     * Announced when a parent removes a saved nursery (aggregate: the nursery; payload: {@link Removal}), so what
     * watches saved nurseries (vacancy alerts) ends with it.
     */
    public static final String REMOVED_TOPIC = "saved.removed";

    /**
     * What a removal announces: whose list, and when (anything the parent set up after it stays), as ISO-8601 to the
     * nanosecond: instants in JSON are written to the second for people, too coarse to order two calls a moment apart.
     */
    public record Removal(String parentId, String removedAt) {
    }

    private final SavedNurseryRepository saved;
    private final NurseryService nurseries;
    private final SavedNurseryViews views;
    private final Outbox outbox;
    private final JsonText json;
    private final Clock clock;

    /** What a save did: {@code created} is false when the nursery was already saved (a repeat changes nothing). */
    public record Outcome(boolean created, SavedNurseryEntry entry) {
    }

    /** Forgets the parent's saved list (the account is being deleted); answers how many. */
    @WithTransaction
    public Uni<Long> forget(String parentId) {
        return saved.delete("parentId", parentId);
    }

    @WithSession
    public Uni<SavedNurseryList> list(String parentId) {
        return saved.listOf(parentId).chain(views::of)
                .map(items -> new SavedNurseryList(items.size(), LIMIT, items));
    }

    /**
     * Saves a listed nursery. Only a listed one may be saved (an unknown or unlisted id is a 404, as on the public
     * page); saving it again keeps the first save and its date; the 51st is refused.
     */
    @WithTransaction
    public Uni<Outcome> save(String parentId, UUID nurseryId) {
        return nurseries.findListed(nurseryId).chain(listed -> listed == null
                        ? Uni.createFrom().<SavedNursery>failure(ProblemException.notFound("没有编号为 " + nurseryId
                                + " 的已备案托育机构。只有备案有效的托育机构才能收藏。", "There is no filed nursery with id " + nurseryId
                                + ". Only nurseries whose filing is in force can be saved."))
                        : saved.lockListOf(parentId).chain(() -> saved.find(parentId, nurseryId)))
                .chain(existing -> existing != null ? Uni.createFrom().item(new Saving(existing, false))
                        : saved.countOf(parentId).chain(count -> count >= LIMIT
                                ? Uni.createFrom().<Saving>failure(full())
                                : saved.persist(row(parentId, nurseryId)).map(row -> new Saving(row, true))))
                .chain(saving -> views.of(List.of(saving.row())).map(entries -> new Outcome(saving.created(), entries.get(0))));
    }

    private record Saving(SavedNursery row, boolean created) {
    }

    /** Whether the nursery is on the parent's list (vacancy alerts watch saved nurseries). */
    @WithSession
    public Uni<Boolean> isSaved(String parentId, UUID nurseryId) {
        return saved.find(parentId, nurseryId).map(row -> row != null);
    }

    @WithTransaction
    public Uni<Void> remove(String parentId, UUID nurseryId) {
        // Removing what is not (or no longer) saved is not an error: the parent's intent is already true.
        return saved.remove(parentId, nurseryId).chain(removed -> removed == 0 ? Uni.createFrom().voidItem()
                : outbox.enqueue(REMOVED_TOPIC, nurseryId.toString(), json.write(new Removal(parentId, clock.instant().toString()))));
    }

    private SavedNursery row(String parentId, UUID nurseryId) {
        SavedNursery row = new SavedNursery();
        row.id = UUID.randomUUID();
        row.parentId = parentId;
        row.nurseryId = nurseryId;
        row.savedAt = clock.instant();
        return row;
    }

    private static ProblemException full() {
        Text message = Text.of("最多收藏 " + LIMIT + " 家托育机构，已达上限。请先在收藏列表中取消不再考虑的机构（已停止公示的可优先移除），再收藏这一家。",
                "At most " + LIMIT + " nurseries can be saved and the list is full. Remove one you no longer consider "
                        + "(those no longer listed first), then save this one.");
        return ProblemException.unprocessable(message, List.of(new FieldText("nurseryId", message)));
    }
}
