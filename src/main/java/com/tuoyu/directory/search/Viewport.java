package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;

/** A checked map viewport, in WGS-84. */
record Viewport(double south, double west, double north, double east, int zoom) {

    static Viewport parse(CoordinateSystem system, String minLat, String minLng, String maxLat, String maxLng, String zoom) {
        SearchCriteria.Errors errors = new SearchCriteria.Errors();
        Double south = required(errors, "minLat", minLat, -90, 90);
        Double west = required(errors, "minLng", minLng, -180, 180);
        Double north = required(errors, "maxLat", maxLat, -90, 90);
        Double east = required(errors, "maxLng", maxLng, -180, 180);
        Integer level = zoom == null ? null : errors.integer("zoom", zoom, 0, 22);
        if (zoom == null) {
            errors.add("zoom", "必须填写：地图缩放级别，0 到 22", "is required: the map's zoom level, 0 to 22");
        }
        if (south != null && north != null && south >= north) {
            errors.add("minLat", "必须小于 maxLat", "must be below maxLat");
        }
        if (west != null && east != null && west >= east) {
            errors.add("minLng", "必须小于 maxLng", "must be below maxLng");
        }
        errors.throwIfAny();
        GeoPoint southWest = system.toWgs84(south, west);
        GeoPoint northEast = system.toWgs84(north, east);
        return new Viewport(southWest.latitude(), southWest.longitude(), northEast.latitude(), northEast.longitude(), level);
    }

    private static Double required(SearchCriteria.Errors errors, String field, String value, double min, double max) {
        if (value == null) {
            errors.add(field, "必须填写", "is required");
            return null;
        }
        return errors.decimal(field, value, min, max);
    }

}
