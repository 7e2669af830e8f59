package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.geo.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NearbyTilesTest {

    @Test
    void theCoveringTilesHoldEveryPointWithinTheRadius() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            // China's latitudes and longitudes, radii up to 5 km.
            GeoPoint centre = new GeoPoint(18 + random.nextDouble() * 35, 74 + random.nextDouble() * 60);
            int radius = 100 + random.nextInt(4_900);
            List<NearbyTiles.Tile> tiles = NearbyTiles.covering(centre, radius, 1_000);
            assertThat(tiles).isNotEmpty();
            Set<NearbyTiles.Tile> covering = new HashSet<>(tiles);
            for (int j = 0; j < 8; j++) {
                // A point on or just inside the rim, in a random direction: the hardest places to cover.
                GeoPoint rim = destination(centre, radius * (0.999 + random.nextDouble() * 0.001), random.nextDouble() * 360);
                assertThat(centre.metresTo(rim)).isLessThanOrEqualTo(radius + 0.01);
                assertThat(covering).as("circle %s r=%d, point %s", centre, radius, rim)
                        .contains(NearbyTiles.tileOf(rim.latitude(), rim.longitude()));
            }
        }
    }

    @Test
    void aThreeKilometreCircleNeedsAtMostTwentyFourTilesAnywhereInChina() {
        for (double lat = 18; lat <= 53.5; lat += 0.37) {
            for (double lng = 74; lng <= 134; lng += 0.53) {
                assertThat(NearbyTiles.covering(new GeoPoint(lat, lng), 3_000, 1_000)).hasSizeLessThanOrEqualTo(24);
            }
        }
    }

    @Test
    void circlesTooLargeOrAcrossThePolesOrTheAntimeridianAreLeftToElasticsearch() {
        assertThat(NearbyTiles.covering(new GeoPoint(28.68, 115.89), 50_000, 36)).isEmpty();
        assertThat(NearbyTiles.covering(new GeoPoint(88.99, 10), 3_000, 1_000)).isEmpty();
        assertThat(NearbyTiles.covering(new GeoPoint(10, 179.99), 3_000, 1_000)).isEmpty();
        assertThat(NearbyTiles.covering(new GeoPoint(10, -179.99), 3_000, 1_000)).isEmpty();
    }

    @Test
    void everyPointBelongsToTheTileWhoseBoundsHoldIt() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double lat = Math.round((-60 + random.nextDouble() * 120) * 1e6) / 1e6;
            double lng = Math.round((-170 + random.nextDouble() * 340) * 1e6) / 1e6;
            NearbyTiles.Tile tile = NearbyTiles.tileOf(lat, lng);
            assertThat(lat).isBetween(tile.south() - 1e-9, tile.north() + 1e-9);
            assertThat(lng).isBetween(tile.west() - 1e-9, tile.east() + 1e-9);
        }
    }

    /** The point {@code metres} from {@code start} on the initial bearing (degrees), on the sphere. */
    private static GeoPoint destination(GeoPoint start, double metres, double bearingDegrees) {
        double angular = metres / 6_371_008.8;
        double bearing = Math.toRadians(bearingDegrees);
        double lat1 = Math.toRadians(start.latitude());
        double lng1 = Math.toRadians(start.longitude());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lng2 = lng1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        return new GeoPoint(Math.toDegrees(lat2), Math.toDegrees(lng2));
    }
}
