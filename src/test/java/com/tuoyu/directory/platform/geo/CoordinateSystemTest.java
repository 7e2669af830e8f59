package com.tuoyu.directory.platform.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoordinateSystemTest {

    // 南昌 八一广场, WGS-84, and its GCJ-02 offset as Chinese map SDKs draw it (a few hundred metres away)
    private static final GeoPoint BAYI_SQUARE = new GeoPoint(28.677302, 115.897460);

    @Test
    void gcj02IsOffsetByHundredsOfMetresInsideChina() {
        GeoPoint gcj = CoordinateSystem.GCJ02.fromWgs84(BAYI_SQUARE.latitude(), BAYI_SQUARE.longitude());
        assertThat(BAYI_SQUARE.metresTo(gcj)).isBetween(200.0, 800.0);
    }

    @Test
    void roundTripBetweenWgs84AndGcj02StaysWithinACentimetre() {
        for (double lat = 22.0; lat <= 45.0; lat += 1.7) {
            for (double lng = 100.0; lng <= 125.0; lng += 2.3) {
                GeoPoint gcj = CoordinateSystem.GCJ02.fromWgs84(lat, lng);
                GeoPoint back = CoordinateSystem.GCJ02.toWgs84(gcj.latitude(), gcj.longitude());
                assertThat(new GeoPoint(lat, lng).metresTo(back)).isLessThan(0.01);
            }
        }
    }

    @Test
    void pointsOutsideChinaAreNotShifted() {
        GeoPoint tokyo = CoordinateSystem.GCJ02.fromWgs84(35.6812, 139.7671);
        assertThat(tokyo.latitude()).isCloseTo(35.6812, within(1e-9));
        assertThat(tokyo.longitude()).isCloseTo(139.7671, within(1e-9));
    }

    @Test
    void wgs84IsTheDefaultAndUnknownSystemsAreRefused() {
        assertThat(CoordinateSystem.fromParameter(null)).isEqualTo(CoordinateSystem.WGS84);
        assertThat(CoordinateSystem.fromParameter("GCJ02")).isEqualTo(CoordinateSystem.GCJ02);
        assertThat(CoordinateSystem.fromParameter("bd09")).isNull();
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // 东湖区 and 青山湖区 government seats: about 6.15 km apart
        assertThat(new GeoPoint(28.6849, 115.8990).metresTo(new GeoPoint(28.6821, 115.9620))).isCloseTo(6_150, within(20.0));
    }
}
