package com.tuoyu.directory.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.search.dto.PublicSuggestion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.tuoyu.directory.platform.elasticsearch.ElasticsearchCalls.call;

/**
 * Autocomplete of nursery names as a parent types, in characters or pinyin (kuaile, klbb). With a division only
 * nurseries in it are suggested; with a point the nearest come first, since a parent typing 阳光 means the one
 * down the road, not the best match in another province.
 */
@ApplicationScoped
@RequiredArgsConstructor
class NurserySuggestions {

    private static final Pattern DIVISION = Pattern.compile("[0-9]{6}");

    private final ElasticsearchAsyncClient client;
    private final NurseryIndex index;

    Uni<List<PublicSuggestion>> suggest(String text, String sizeParameter, String division, String lat, String lng,
                                        String coord) {
        SearchCriteria.Errors errors = new SearchCriteria.Errors();
        String prefix = text == null ? "" : text.strip();
        if (prefix.isEmpty() || prefix.length() > 30) {
            errors.add("q", "must be 1 to 30 characters");
        }
        Integer size = errors.integer("size", sizeParameter, 1, 20);
        CoordinateSystem coordinates = CoordinateSystem.fromParameter(coord);
        if (coordinates == null) {
            errors.add("coord", "must be wgs84 or gcj02");
            coordinates = CoordinateSystem.WGS84;
        }
        Double latitude = errors.decimal("lat", lat, -90, 90);
        Double longitude = errors.decimal("lng", lng, -180, 180);
        if ((latitude == null) != (longitude == null) && !errors.has("lat") && !errors.has("lng")) {
            errors.add(latitude == null ? "lat" : "lng", "must be given together with " + (latitude == null ? "lng" : "lat"));
        }
        if (division != null && !DIVISION.matcher(division).matches()) {
            errors.add("division", "must be a six-digit GB/T 2260 code, e.g. 360100");
        }
        try {
            errors.throwIfAny();
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        GeoPoint origin = latitude != null && longitude != null ? coordinates.toWgs84(latitude, longitude) : null;
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(SearchQueries.listed());
        if (division != null) {
            bool.filter(SearchQueries.term("divisionPath", division));
        }
        if (NamePinyin.isPinyinQuery(prefix)) {
            String typed = NamePinyin.normalise(prefix);
            bool.should(s -> s.prefix(p -> p.field("namePinyin").value(typed).boost(3f)))
                    .should(s -> s.prefix(p -> p.field("nameInitials").value(typed)));
        } else {
            bool.should(sh -> sh.matchPhrasePrefix(m -> m.field("name").query(prefix).maxExpansions(30).boost(3f)))
                    .should(sh -> sh.matchPhrasePrefix(m -> m.field("operatorName").query(prefix).maxExpansions(30)));
        }
        bool.minimumShouldMatch("1");
        List<SortOptions> sorts = new ArrayList<>();
        if (origin != null) {
            sorts.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(origin.latitude()).lon(origin.longitude())))
                    .order(SortOrder.Asc).unit(DistanceUnit.Meters).distanceType(GeoDistanceType.Arc))));
        }
        sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        int limit = size == null ? 8 : size;
        return call(() -> client.search(s -> s.index(index.alias())
                .size(limit)
                .source(src -> src.filter(f -> f.includes("id", "name", "address", "divisionCode")))
                .query(q -> q.bool(bool.build()))
                .sort(sorts), NurseryDocument.class))
                .map(response -> response.hits().hits().stream().map(hit -> suggestion(hit, origin != null)).toList());
    }

    private static PublicSuggestion suggestion(Hit<NurseryDocument> hit, boolean withDistance) {
        NurseryDocument d = hit.source();
        Integer metres = withDistance && !hit.sort().isEmpty() ? (int) Math.round(hit.sort().get(0).doubleValue()) : null;
        return new PublicSuggestion(d.id(), d.name(), d.address(), d.divisionCode(), metres);
    }
}
