package com.tuoyu.directory.platform.geo;

import cn.hutool.core.util.CoordinateUtil;

import java.util.Locale;

/**
 * The coordinate systems clients use. WeChat's wx.getLocation answers in WGS-84 by default and GCJ-02 on request;
 * Tencent and AMap maps draw in GCJ-02. The service stores WGS-84 and converts at the API's edge.
 */
public enum CoordinateSystem {
    WGS84,
    GCJ02;

    /** Parses the API's {@code coord} parameter ({@code wgs84} or {@code gcj02}); null for anything else. */
    public static CoordinateSystem fromParameter(String value) {
        if (value == null) {
            return WGS84;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "wgs84" -> WGS84;
            case "gcj02" -> GCJ02;
            default -> null;
        };
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A point given in this system, in WGS-84. Points outside China are the same in both systems. */
    public GeoPoint toWgs84(double latitude, double longitude) {
        if (this == WGS84 || outsideChina(latitude, longitude)) {
            return new GeoPoint(latitude, longitude);
        }
        // GCJ-02 has no closed-form inverse; the library's one-step inverse is off by up to ~2 m, so refine it
        // by fixed-point iteration until the forward transform lands on the given point (millimetres).
        CoordinateUtil.Coordinate guess = CoordinateUtil.gcj02ToWgs84(longitude, latitude);
        double lat = guess.getLat();
        double lng = guess.getLng();
        for (int i = 0; i < 5; i++) {
            CoordinateUtil.Coordinate forward = CoordinateUtil.wgs84ToGcj02(lng, lat);
            double dLat = forward.getLat() - latitude;
            double dLng = forward.getLng() - longitude;
            lat -= dLat;
            lng -= dLng;
            if (Math.abs(dLat) < 1e-9 && Math.abs(dLng) < 1e-9) {
                break;
            }
        }
        return new GeoPoint(lat, lng);
    }

    /** A WGS-84 point, in this system. */
    public GeoPoint fromWgs84(double latitude, double longitude) {
        if (this == WGS84 || outsideChina(latitude, longitude)) {
            return new GeoPoint(latitude, longitude);
        }
        CoordinateUtil.Coordinate gcj = CoordinateUtil.wgs84ToGcj02(longitude, latitude);
        return new GeoPoint(gcj.getLat(), gcj.getLng());
    }

    /** The rectangle GCJ-02 is applied in (the usual convention of Chinese map SDKs). */
    private static boolean outsideChina(double latitude, double longitude) {
        return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
    }
}
