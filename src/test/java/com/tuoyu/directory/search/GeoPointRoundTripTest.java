package com.tuoyu.directory.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
class GeoPointRoundTripTest {

    record Place(String name, Map<String, Double> location) {
    }

    @Inject
    ElasticsearchClient client;

    @Test
    void aGeoPointRoundTripsAndGeoDistanceSortFindsTheNearestFirst() throws IOException {
        String index = "geo-round-trip-" + System.nanoTime();
        client.indices().create(c -> c.index(index)
                .mappings(m -> m.properties("name", Property.of(p -> p.keyword(k -> k)))
                        .properties("location", Property.of(p -> p.geoPoint(g -> g)))));
        try {
            // 东湖区 seat and a point about 5.6 km to the east, in 青山湖区
            client.index(i -> i.index(index).id("near").document(new Place("东湖区", Map.of("lat", 28.6849, "lon", 115.8990))));
            client.index(i -> i.index(index).id("far").document(new Place("青山湖区", Map.of("lat", 28.6821, "lon", 115.9620))));
            client.indices().refresh(r -> r.index(index));

            SearchResponse<Place> response = client.search(s -> s.index(index)
                    .query(q -> q.geoDistance(g -> g.field("location").distance("10km")
                            .location(l -> l.latlon(ll -> ll.lat(28.6850).lon(115.8991)))))
                    .sort(so -> so.geoDistance(g -> g.field("location")
                            .location(l -> l.latlon(ll -> ll.lat(28.6850).lon(115.8991)))
                            .order(SortOrder.Asc).unit(co.elastic.clients.elasticsearch._types.DistanceUnit.Meters)
                            .distanceType(GeoDistanceType.Arc))), Place.class);

            assertThat(response.hits().hits()).extracting(Hit::id).containsExactly("near", "far");
            Hit<Place> nearest = response.hits().hits().get(0);
            assertThat(nearest.source().location()).containsEntry("lat", 28.6849).containsEntry("lon", 115.8990);
            assertThat(nearest.sort().get(0).doubleValue()).isCloseTo(14.6, within(2.0));
            assertThat(response.hits().hits().get(1).sort().get(0).doubleValue()).isCloseTo(6_150, within(150.0));
        } finally {
            client.indices().delete(d -> d.index(index));
        }
    }
}
