package com.tuoyu.directory.search;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.search.NearbyTiles.Tile;
import com.tuoyu.directory.search.dto.PublicFacets;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import static com.tuoyu.directory.platform.elasticsearch.ElasticsearchCalls.call;

/**
 * Nearby search by distance from cached tiles: the tiles covering the circle come from the {@link SearchCache}, the
 * missing ones in one multi-search; the service keeps the nurseries within the radius by exact great-circle distance
 * (the same haversine as {@link GeoPoint#metresTo}), orders them by distance then id, and counts the total and the
 * facets itself, bucket for bucket as Elasticsearch's terms aggregations would (count descending, then key).
 *
 * <p>Answers {@code null} when tiles cannot answer (a circle too large or crossing the antimeridian, or a tile over
 * the limit): the caller then lets Elasticsearch sort by distance.
 */
@ApplicationScoped
class NearbySearch {

    /** What a card and the facets need; the rest of the document never leaves Elasticsearch. */
    static final List<String> TILE_FIELDS = List.of("id", "name", "operatorName", "address", "divisionCode", "location",
            "inclusive", "operatingModel", "careTypes", "ageGroups", "mealsProvided", "openDays", "opensAtMinute",
            "closesAtMinute", "fees", "feesWithMeals", "feeClasses", "feeCounts", "vacancyBands", "ratiosMeetStandard",
            "lastInspectedOn", "lastPenaltyOn", "blackListedFrom",
            "vacancyAsOf", "qualityGrade", "filedOn");
    static final String FILTER_PATH = "responses.status,responses.error.type,responses.error.reason,responses.hits.hits._source";
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final JacksonJsonpMapper JSONP = new JacksonJsonpMapper();
    private static final Comparator<Ranked> NEAREST_FIRST = Comparator.comparingDouble(Ranked::metres)
            .thenComparing(r -> r.entry().id());

    /** A nursery within the circle with its exact distance. */
    record Ranked(NearbyEntry entry, double metres) {
    }

    /** The first {@code size + 1} results after the cursor, the circle's total, and its facets (first page only). */
    record Answer(List<Ranked> ranked, long total, PublicFacets facets) {
    }

    private static final TypeLiteral<CompletionStage<Map<SearchCache.Key, SearchCache.Tile>>> FETCHED = new TypeLiteral<>() {
    };

    private final RestClient client;
    private final SearchConfig config;
    private final SearchCache cache;
    private final ObjectMapper mapper;
    private final Guard fetches;

    NearbySearch(RestClient client, SearchConfig config, SearchCache cache, ObjectMapper mapper) {
        this.client = client;
        this.config = config;
        this.cache = cache;
        this.mapper = mapper;
        this.fetches = Guard.create()
                .withDescription("nearby tile fetches")
                .withBulkhead().limit(config.nearby().fetchesInFlight()).queueSize(config.nearby().fetchesWaiting()).done()
                // Sending a request never blocks: a waiting fetch starts on the thread of the one that finished.
                .withThreadOffload(false)
                .build();
    }

    /** {@code afterId} and {@code afterMetres} are the last result of the page before, or null on the first page. */
    Uni<Answer> answer(SearchCriteria c, LocalDate today, Double afterMetres, String afterId) {
        List<Tile> tiles = NearbyTiles.covering(c.origin(), c.radiusMetres(), config.nearby().maxTiles());
        if (tiles.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        long generation = cache.generation();
        List<SearchCache.Key> keys = new ArrayList<>(tiles.size());
        for (Tile tile : tiles) {
            keys.add(new SearchCache.Key(generation, tile.row(), tile.column()));
        }
        CompletableFuture<Map<SearchCache.Key, SearchCache.Tile>> loaded = cache.tiles()
                .getAll(keys, (missing, executor) -> inTurn(missing));
        if (loaded.isDone() && !loaded.isCompletedExceptionally()) {
            // Every tile was cached: answer on this thread, without a hop through the event loop.
            return Uni.createFrom().item(rank(c, today, loaded.join(), afterMetres, afterId));
        }
        return call(() -> loaded).map(found -> rank(c, today, found, afterMetres, afterId));
    }

    private Answer rank(SearchCriteria c, LocalDate today, Map<SearchCache.Key, SearchCache.Tile> tiles, Double afterMetres,
                        String afterId) {
        for (SearchCache.Tile tile : tiles.values()) {
            if (tile.overfull()) {
                return null;
            }
        }
        GeoPoint origin = c.origin();
        double radius = c.radiusMetres();
        double latitudeSlack = Math.toDegrees((radius + 1) / EARTH_RADIUS_METRES);
        double originCos = Math.cos(Math.toRadians(origin.latitude()));
        int wanted = c.size() + 1;
        boolean withFacets = afterId == null;
        FacetCounter facets = withFacets ? new FacetCounter(c.bandKey(), today.minusDays(SearchQueries.VACANCY_FRESH_DAYS)) : null;
        NearbyFilter filter = new NearbyFilter(c, today);
        PriorityQueue<Ranked> best = new PriorityQueue<>(wanted + 1, NEAREST_FIRST.reversed());
        long total = 0;
        for (SearchCache.Tile tile : tiles.values()) {
            for (NearbyEntry entry : tile.entries()) {
                if (Math.abs(entry.latitude() - origin.latitude()) > latitudeSlack || !filter.test(entry)) {
                    continue;
                }
                double metres = metres(origin, originCos, entry);
                if (metres > radius) {
                    continue;
                }
                total++;
                if (facets != null) {
                    facets.add(entry);
                }
                if (afterId != null && (metres < afterMetres || metres == afterMetres && entry.id().compareTo(afterId) <= 0)) {
                    continue;
                }
                if (best.size() < wanted) {
                    best.add(new Ranked(entry, metres));
                } else {
                    Ranked worst = best.peek();
                    if (metres < worst.metres() || metres == worst.metres() && entry.id().compareTo(worst.entry().id()) < 0) {
                        best.poll();
                        best.add(new Ranked(entry, metres));
                    }
                }
            }
        }
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(NEAREST_FIRST);
        return new Answer(ranked, total, facets == null ? null : facets.facets());
    }

    /** Exactly {@link GeoPoint#metresTo}, with the origin's cosine computed once per search. */
    static double metres(GeoPoint origin, double originCos, NearbyEntry entry) {
        double dLat = Math.toRadians(entry.latitude() - origin.latitude());
        double dLng = Math.toRadians(entry.longitude() - origin.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + originCos
                * Math.cos(Math.toRadians(entry.latitude())) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Fetches the missing tiles when a slot is free; too many waiting already is a 503 for this search. */
    private CompletableFuture<Map<SearchCache.Key, SearchCache.Tile>> inTurn(Set<? extends SearchCache.Key> missing) {
        CompletableFuture<Map<SearchCache.Key, SearchCache.Tile>> result = new CompletableFuture<>();
        try {
            fetches.call(() -> fetch(missing), FETCHED).whenComplete((tiles, failure) -> {
                if (failure == null) {
                    result.complete(tiles);
                } else {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    result.completeExceptionally(cause instanceof BulkheadException ? busy() : cause);
                }
            });
        } catch (BulkheadException e) {
            result.completeExceptionally(busy());
        } catch (Exception e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private ProblemException busy() {
        return ProblemException.retryAfter(ProblemType.UNAVAILABLE,
                "Nearby search is busy filling its cache; please try again in a moment.", Duration.ofSeconds(1));
    }

    private CompletableFuture<Map<SearchCache.Key, SearchCache.Tile>> fetch(Set<? extends SearchCache.Key> missing) {
        List<SearchCache.Key> order = List.copyOf(missing);
        List<Tile> tiles = order.stream().map(k -> new Tile(k.row(), k.column())).toList();
        Request request = multiSearchRequest(config.alias(), tiles, config.nearby().tileLimit());
        CompletableFuture<Map<SearchCache.Key, SearchCache.Tile>> result = new CompletableFuture<>();
        client.performRequestAsync(request, new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                try (InputStream body = response.getEntity().getContent()) {
                    result.complete(parse(body, order, config.nearby().tileLimit()));
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Exception exception) {
                result.completeExceptionally(exception);
            }
        });
        return result;
    }

    /**
     * The multi-search the service sends for missing tiles: one bounding-box search per tile for every listed
     * nursery in it, whatever the search's filters (they are applied to the cached entries).
     */
    static Request multiSearchRequest(String alias, List<Tile> tiles, int tileLimit) {
        Request request = new Request("POST", "/" + alias + "/_msearch");
        request.addParameter("filter_path", FILTER_PATH);
        request.setEntity(new NStringEntity(multiSearchBody(tiles, tileLimit),
                ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        return request;
    }

    static String multiSearchBody(List<Tile> tiles, int tileLimit) {
        String filters = JsonpUtils.toJsonString(SearchQueries.listed(), JSONP);
        String source = TILE_FIELDS.stream().map(f -> "\"" + f + "\"").reduce((a, b) -> a + "," + b).orElseThrow();
        StringBuilder body = new StringBuilder(tiles.size() * 400);
        for (Tile tile : tiles) {
            body.append("{}\n").append(String.format(Locale.ROOT,
                    "{\"size\":%d,\"track_total_hits\":false,\"_source\":[%s],\"query\":{\"bool\":{\"filter\":[%s,"
                            + "{\"geo_bounding_box\":{\"location\":{\"top_left\":{\"lat\":%.7f,\"lon\":%.7f},"
                            + "\"bottom_right\":{\"lat\":%.7f,\"lon\":%.7f}}}}]}}}\n",
                    tileLimit + 1, source, filters,
                    tile.north() + NearbyTiles.FETCH_MARGIN_DEGREES, tile.west() - NearbyTiles.FETCH_MARGIN_DEGREES,
                    tile.south() - NearbyTiles.FETCH_MARGIN_DEGREES, tile.east() + NearbyTiles.FETCH_MARGIN_DEGREES));
        }
        return body.toString();
    }

    /** Reads the trimmed multi-search answer as a stream: one tile per response, in the order asked. */
    private Map<SearchCache.Key, SearchCache.Tile> parse(InputStream body, List<SearchCache.Key> order, int tileLimit)
            throws IOException {
        Map<SearchCache.Key, SearchCache.Tile> tiles = new HashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            int index = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                parser.nextToken();
                if (!"responses".equals(parser.currentName())) {
                    parser.skipChildren();
                    continue;
                }
                expect(parser.currentToken(), JsonToken.START_ARRAY);
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    SearchCache.Key key = order.get(index++);
                    tiles.put(key, readTile(parser, key, tileLimit));
                }
            }
            if (index != order.size()) {
                throw new IOException("Elasticsearch answered " + index + " of " + order.size() + " tile searches");
            }
        }
        return tiles;
    }

    private SearchCache.Tile readTile(JsonParser parser, SearchCache.Key key, int tileLimit) throws IOException {
        List<NearbyEntry> entries = new ArrayList<>();
        int hits = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "error" -> {
                    // e.g. es_rejected_execution when its search queue is full: a 503 for the parent, like any outage.
                    JsonNode error = mapper.readTree(parser);
                    throw new IOException("A tile search failed: " + error.path("type").asText());
                }
                case "hits" -> {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                        if (!"hits".equals(parser.currentName())) {
                            parser.skipChildren();
                            continue;
                        }
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                parser.nextToken();
                                if ("_source".equals(parser.currentName())) {
                                    hits++;
                                    NearbyEntry entry = NearbyEntry.read(parser);
                                    // Fetched with a margin: keep only what lies in this tile by its stored point.
                                    if (NearbyTiles.index(entry.latitude()) == key.row()
                                            && NearbyTiles.index(entry.longitude()) == key.column()) {
                                        entries.add(entry);
                                    }
                                } else {
                                    parser.skipChildren();
                                }
                            }
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return hits > tileLimit ? SearchCache.Tile.overfullTile()
                : new SearchCache.Tile(entries.toArray(NearbyEntry[]::new), false);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Unexpected multi-search answer: " + actual + " where " + expected + " was due");
        }
    }
}
