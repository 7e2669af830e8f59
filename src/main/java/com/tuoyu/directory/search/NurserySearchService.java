package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.division.DivisionLabels;
import com.tuoyu.directory.search.dto.PublicFacets;
import com.tuoyu.directory.search.dto.PublicLocation;
import com.tuoyu.directory.search.dto.PublicMapView;
import com.tuoyu.directory.search.dto.PublicNurseryCard;
import com.tuoyu.directory.search.dto.PublicSearchPage;
import com.tuoyu.directory.search.dto.PublicSuggestion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.tuoyu.directory.platform.elasticsearch.ElasticsearchCalls.call;

/** Answers directory searches from Elasticsearch alone: lists, facets, maps and suggestions. */
@ApplicationScoped
@RequiredArgsConstructor
public class NurserySearchService {

    static final int MAX_MAP_POINTS = 200;
    static final int MAX_MAP_CLUSTERS = 400;
    static final int POINTS_FROM_ZOOM = 14;

    private final ElasticsearchAsyncClient client;
    private final NurseryIndex index;
    private final NearbySearch nearby;
    private final SearchCache cache;
    private final NurserySuggestions suggestions;
    private final Clock clock;
    private final DivisionLabels divisions;

    public Uni<PublicSearchPage> search(SearchParameters parameters) {
        return find(parameters).chain(this::withDivisionNames);
    }

    /** The division facet's codes named after the register (cached there), so the chips need no second call. */
    private Uni<PublicSearchPage> withDivisionNames(PublicSearchPage page) {
        if (page.facets() == null || page.facets().division().isEmpty()) {
            return Uni.createFrom().item(page);
        }
        return divisions.of(page.facets().division().keySet()).map(labels -> {
            Map<String, String> names = new java.util.HashMap<>();
            labels.forEach((code, label) -> names.put(code, label == null ? code : label.name()));
            return new PublicSearchPage(page.coordinateSystem(), page.total(), page.items(),
                    page.facets().withDivisionNames(names), page.nextCursor(), page.feeIncludesMeals(),
                    page.appliedFromQuery(), page.hint());
        });
    }

    private Uni<PublicSearchPage> find(SearchParameters parameters) {
        SearchCriteria c = SearchCriteria.from(parameters);
        String fingerprint = c.fingerprint();
        List<FieldValue> after = c.cursor() == null ? null : SearchCursor.decode(c.cursor(), fingerprint);
        if (c.admitsNoChild()) {
            return Uni.createFrom().item(new PublicSearchPage(c.coordinates().parameterValue(), 0, List.of(),
                    emptyFacets(), null, SearchCards.feeIncludesMeals(c), SearchCards.applied(c), SearchCards.hint(c)));
        }
        if (c.origin() != null && c.sort() == SearchSort.DISTANCE && c.text() == null) {
            return nearby(c, fingerprint, after);
        }
        LocalDate today = LocalDate.now(clock);
        SearchRequest request = searchRequest(index.alias(), c, today, after);
        if (c.origin() != null) {
            // Distances on the cards depend on the parent's exact point: such pages are not shared.
            return call(() -> client.search(request, NurseryDocument.class)).map(response -> page(c, fingerprint, response));
        }
        String key = c + "|" + today + "|" + cache.generation();
        CompletableFuture<PublicSearchPage> cached = cache.pages().get(key, (k, executor) ->
                client.search(request, NurseryDocument.class).thenApply(response -> page(c, fingerprint, response)));
        if (cached.isDone() && !cached.isCompletedExceptionally()) {
            return Uni.createFrom().item(cached.join());
        }
        return call(() -> cached);
    }

    /**
     * A nearby search by distance, from cached tiles (see {@link NearbySearch}); Elasticsearch sorts by distance
     * itself when the tiles cannot answer.
     */
    private Uni<PublicSearchPage> nearby(SearchCriteria c, String fingerprint, List<FieldValue> after) {
        LocalDate today = LocalDate.now(clock);
        Double afterMetres = after == null ? null : after.get(0).doubleValue();
        String afterId = after == null ? null : after.get(1).stringValue();
        return nearby.answer(c, today, afterMetres, afterId).chain(answer -> {
            if (answer != null) {
                return Uni.createFrom().item(nearbyPage(c, fingerprint, today, answer));
            }
            SearchRequest request = searchRequest(index.alias(), c, today, after);
            return call(() -> client.search(request, NurseryDocument.class)).map(response -> page(c, fingerprint, response));
        });
    }

    private PublicSearchPage nearbyPage(SearchCriteria c, String fingerprint, LocalDate today, NearbySearch.Answer answer) {
        List<NearbySearch.Ranked> ranked = answer.ranked();
        boolean more = ranked.size() > c.size();
        List<NearbySearch.Ranked> shown = more ? ranked.subList(0, c.size()) : ranked;
        List<PublicNurseryCard> cards = new ArrayList<>(shown.size());
        for (NearbySearch.Ranked r : shown) {
            cards.add(SearchCards.card(c, r.entry(), r.metres(), null, today));
        }
        String next = null;
        if (more) {
            NearbySearch.Ranked last = shown.get(shown.size() - 1);
            next = SearchCursor.encode(fingerprint, List.of(FieldValue.of(last.metres()), FieldValue.of(last.entry().id())));
        }
        return new PublicSearchPage(c.coordinates().parameterValue(), answer.total(), cards, answer.facets(), next,
                SearchCards.feeIncludesMeals(c), SearchCards.applied(c), null);
    }

    /** The request {@link #search} sends to Elasticsearch for checked criteria; {@code today} is China's date. */
    static SearchRequest searchRequest(String alias, SearchCriteria c, LocalDate today, List<FieldValue> after) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        SearchQueries.filters(bool, c, today);
        if (c.origin() != null) {
            bool.filter(q -> q.geoDistance(g -> g.field("location").distance(c.radiusMetres() + "m")
                    .distanceType(GeoDistanceType.Arc)
                    .location(l -> l.latlon(ll -> ll.lat(c.origin().latitude()).lon(c.origin().longitude())))));
        }
        if (c.text() != null) {
            SearchQueries.text(bool, c.text());
        }
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                .query(q -> q.bool(bool.build()))
                .size(c.size() + 1)
                .trackTotalHits(t -> t.enabled(true))
                .sort(sorts(c))
                .source(s -> s.filter(f -> f.excludes("version", "listed", "contactPhone", "divisionPath", "namePinyin", "nameInitials")));
        if (after != null) {
            request.searchAfter(after);
        } else {
            aggregations(request, c, today);
        }
        if (c.text() != null) {
            request.highlight(h -> h.preTags("<em>").postTags("</em>").requireFieldMatch(false)
                    .fields(NamedValue.of("name", HighlightField.of(f -> f.numberOfFragments(0))),
                            NamedValue.of("address", HighlightField.of(f -> f.numberOfFragments(0)))));
        }
        return request.build();
    }

    /**
     * The search request as JSON, exactly as {@link #search} sends it to {@code POST /<alias>/_search}: the
     * benchmark sends it to Elasticsearch directly to measure what the API adds.
     */
    public static String searchRequestJson(String alias, SearchParameters parameters, LocalDate today) {
        SearchRequest request = searchRequest(alias, SearchCriteria.from(parameters), today, null);
        return co.elastic.clients.json.JsonpUtils.toJsonString(request, new co.elastic.clients.json.jackson.JacksonJsonpMapper());
    }

    /**
     * The multi-search a nearby search sends when none of its tiles is cached, as {@code {path with query, NDJSON
     * body}} for {@code POST}: the benchmark sends it to Elasticsearch directly to measure what the API adds.
     */
    public static String[] nearbyTilesRequest(String alias, SearchParameters parameters, int maxTiles, int tileLimit) {
        SearchCriteria c = SearchCriteria.from(parameters);
        List<NearbyTiles.Tile> tiles = NearbyTiles.covering(c.origin(), c.radiusMetres(), maxTiles);
        return new String[]{"/" + alias + "/_msearch?filter_path=" + NearbySearch.FILTER_PATH,
                NearbySearch.multiSearchBody(tiles, tileLimit)};
    }

    public Uni<List<PublicSuggestion>> suggest(String text, String size, String division, String lat, String lng,
                                               String coord) {
        return suggestions.suggest(text, size, division, lat, lng, coord);
    }

    public Uni<PublicMapView> map(SearchParameters parameters, String minLat, String minLng, String maxLat, String maxLng,
                                  String zoomParameter) {
        SearchCriteria c = SearchCriteria.from(parameters);
        Viewport viewport = Viewport.parse(c.coordinates(), minLat, minLng, maxLat, maxLng, zoomParameter);
        BoolQuery.Builder bool = new BoolQuery.Builder();
        SearchQueries.filters(bool, c, LocalDate.now(clock));
        if (c.text() != null) {
            SearchQueries.text(bool, c.text());
        }
        bool.filter(q -> q.geoBoundingBox(g -> g.field("location").boundingBox(b -> b.tlbr(t -> t
                .topLeft(l -> l.latlon(ll -> ll.lat(viewport.north()).lon(viewport.west())))
                .bottomRight(l -> l.latlon(ll -> ll.lat(viewport.south()).lon(viewport.east())))))));
        boolean points = viewport.zoom() >= POINTS_FROM_ZOOM;
        return call(() -> client.search(s -> {
            s.index(index.alias()).query(q -> q.bool(bool.build())).trackTotalHits(t -> t.enabled(true));
            if (points) {
                s.size(MAX_MAP_POINTS).source(src -> src.filter(f -> f.includes("id", "name", "location", "inclusive")))
                        .sort(so -> so.field(f -> f.field("id")));
            } else {
                s.size(0).aggregations("cells", a -> a
                        .geotileGrid(g -> g.field("location").precision(Math.min(viewport.zoom() + 3, 29))
                                .size(MAX_MAP_CLUSTERS))
                        .aggregations("centre", sub -> sub.geoCentroid(gc -> gc.field("location"))));
            }
            return s;
        }, NurseryDocument.class)).map(response -> {
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            CoordinateSystem system = c.coordinates();
            if (points) {
                List<PublicMapView.Point> list = response.hits().hits().stream().map(Hit::source)
                        .map(d -> new PublicMapView.Point(d.id(), d.name(), location(system, d), Boolean.TRUE.equals(d.inclusive())))
                        .toList();
                return new PublicMapView(system.parameterValue(), "POINTS", total, null, list);
            }
            List<PublicMapView.Cluster> clusters = response.aggregations().get("cells").geotileGrid().buckets().array()
                    .stream().map(bucket -> {
                        var centre = bucket.aggregations().get("centre").geoCentroid().location().latlon();
                        GeoPoint shown = system.fromWgs84(centre.lat(), centre.lon()).rounded();
                        return new PublicMapView.Cluster(new PublicLocation(shown.latitude(), shown.longitude()),
                                bucket.docCount());
                    }).toList();
            return new PublicMapView(system.parameterValue(), "CLUSTERS", total, clusters, null);
        });
    }

    private static List<SortOptions> sorts(SearchCriteria c) {
        List<SortOptions> sorts = new ArrayList<>();
        switch (c.sort()) {
            case DISTANCE -> sorts.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(c.origin().latitude()).lon(c.origin().longitude())))
                    .order(SortOrder.Asc).unit(DistanceUnit.Meters).distanceType(GeoDistanceType.Arc))));
            case FEE -> sorts.add(SortOptions.of(s -> s.field(f -> f
                    .field(SearchQueries.feeField(c))
                    .order(SortOrder.Asc).missing("_last").unmappedType(co.elastic.clients.elasticsearch._types.mapping.FieldType.Integer))));
            case QUALITY -> sorts.add(SortOptions.of(s -> s.field(f -> f.field("qualityRank").order(SortOrder.Desc))));
            case NEWEST -> sorts.add(SortOptions.of(s -> s.field(f -> f.field("filedOn").order(SortOrder.Desc).missing("_last"))));
            case RELEVANCE -> sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        // A unique tie-breaker makes search_after pages neither overlap nor skip.
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sorts;
    }

    private static void aggregations(SearchRequest.Builder request, SearchCriteria c, LocalDate today) {
        request.aggregations("careType", terms("careTypes", 10))
                .aggregations("ageGroup", terms("ageGroups", 10))
                .aggregations("operatingModel", terms("operatingModel", 10))
                .aggregations("inclusive", terms("inclusive", 2))
                .aggregations("meals", terms("mealsProvided", 2))
                .aggregations("qualityGrade", terms("qualityGrade", 10))
                .aggregations("division", terms("divisionCode", 100))
                .aggregations("withVacancy", Aggregation.of(a -> a.filter(SearchQueries.freshVacancy(c.bandKey(), today))));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private PublicSearchPage page(SearchCriteria c, String fingerprint, SearchResponse<NurseryDocument> response) {
        List<Hit<NurseryDocument>> hits = response.hits().hits();
        boolean more = hits.size() > c.size();
        List<Hit<NurseryDocument>> shown = more ? hits.subList(0, c.size()) : hits;
        LocalDate today = LocalDate.now(clock);
        List<PublicNurseryCard> cards = shown.stream().map(hit -> SearchCards.card(c, NearbyEntry.of(hit.source()),
                c.origin() != null && c.sort() == SearchSort.DISTANCE ? hit.sort().get(0).doubleValue() : null,
                hit.highlight(), today)).toList();
        String next = more ? SearchCursor.encode(fingerprint, shown.get(shown.size() - 1).sort()) : null;
        long total = response.hits().total() == null ? cards.size() : response.hits().total().value();
        PublicFacets facets = response.aggregations().isEmpty() ? null : facets(response.aggregations());
        return new PublicSearchPage(c.coordinates().parameterValue(), total, cards, facets, next,
                SearchCards.feeIncludesMeals(c), SearchCards.applied(c), null);
    }

    private static PublicLocation location(CoordinateSystem system, NurseryDocument d) {
        GeoPoint shown = system.fromWgs84(d.location().get("lat"), d.location().get("lon")).rounded();
        return new PublicLocation(shown.latitude(), shown.longitude());
    }

    private static PublicFacets facets(Map<String, Aggregate> aggregations) {
        return PublicFacets.of(counts(aggregations.get("careType")), counts(aggregations.get("ageGroup")),
                counts(aggregations.get("operatingModel")), counts(aggregations.get("inclusive")),
                counts(aggregations.get("meals")), counts(aggregations.get("qualityGrade")),
                counts(aggregations.get("division")), aggregations.get("withVacancy").filter().docCount());
    }

    private static Map<String, Long> counts(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        } else if (aggregate.isLterms()) {
            aggregate.lterms().buckets().array().forEach(b -> counts.put(
                    b.keyAsString() != null ? b.keyAsString() : String.valueOf(b.key()), b.docCount()));
        }
        return counts;
    }

    private static PublicFacets emptyFacets() {
        return PublicFacets.of(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0);
    }
}
