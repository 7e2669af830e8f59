package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.search.dto.PublicNurseryCard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Search cards for given nurseries, as a search without a point or filters shows them. They are built from the
 * document the projector makes from PostgreSQL (what the index receives), not read back from Elasticsearch: a list
 * of a few saved nurseries then agrees at once with the filing state the caller sees, without the index's delay.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryCards {

    private final NurseryProjector projector;
    private final Clock clock;

    /** The card of each listed nursery among {@code ids}; unlisted and unknown ones are left out. */
    public Uni<Map<UUID, PublicNurseryCard>> listed(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        LocalDate today = LocalDate.now(clock);
        SearchCriteria plain = SearchCriteria.from(new SearchParameters());
        return projector.project(ids).map(documents -> documents.stream().filter(NurseryDocument::listed)
                .collect(Collectors.toMap(d -> UUID.fromString(d.id()),
                        d -> SearchCards.card(plain, NearbyEntry.of(d), null, null, today))));
    }
}
