package com.tuoyu.directory.saved;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.nursery.NurseryGlances;
import com.tuoyu.directory.nursery.dto.NurseryGlance;
import com.tuoyu.directory.saved.dto.SavedNurseryEntry;
import com.tuoyu.directory.search.NurseryCards;
import com.tuoyu.directory.search.dto.PublicNurseryCard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Saved rows as the parent sees them: the current card of each listed nursery, and for the others their name and
 * why they left the directory. A whole list takes a fixed number of batched queries (the projection's, one per feature, and one
 * for the names of the unlisted ones), never one per nursery.
 */
@ApplicationScoped
@RequiredArgsConstructor
class SavedNurseryViews {

    private final NurseryCards cards;
    private final NurseryGlances glances;
    private final Clock clock;

    Uni<List<SavedNurseryEntry>> of(List<SavedNursery> rows) {
        List<UUID> ids = rows.stream().map(r -> r.nurseryId).toList();
        return cards.listed(ids).chain(listed -> {
            List<UUID> gone = ids.stream().filter(id -> !listed.containsKey(id)).toList();
            return glances.of(gone).map(glanced -> rows.stream()
                    .map(row -> entry(row, listed.get(row.nurseryId), glanced.get(row.nurseryId))).toList());
        });
    }

    private SavedNurseryEntry entry(SavedNursery row, PublicNurseryCard card, NurseryGlance glance) {
        var savedAt = row.savedAt.atZone(clock.getZone()).toOffsetDateTime();
        if (card != null) {
            return new SavedNurseryEntry(row.nurseryId.toString(), savedAt, true, card.name(), card, null);
        }
        NotListedReason reason = NotListedReason.ofFilingStatus(
                glance == null || glance.filingStatus() == null ? null : glance.filingStatus().code());
        return new SavedNurseryEntry(row.nurseryId.toString(), savedAt, false, glance == null ? null : glance.name(), null,
                reason.term());
    }
}
