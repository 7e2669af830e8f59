package com.tuoyu.directory.platform.geo;

/** A latitude and longitude in degrees; which system they are in is always said by the code holding them. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /** Great-circle distance in metres (haversine on the mean Earth radius), as Elasticsearch's arc distance. */
    public double metresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLng = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Rounded to 6 decimals (about 0.1 m), enough for any map and shorter on the wire. */
    public GeoPoint rounded() {
        return new GeoPoint(Math.round(latitude * 1e6) / 1e6, Math.round(longitude * 1e6) / 1e6);
    }
}
