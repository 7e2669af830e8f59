package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.geo.GeoPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed grid a nearby search is answered from: square tiles of {@value #DEGREES}° (about 2.2 km north-south).
 *
 * <p>A tile's content (every listed nursery in it that passes the filters) depends only on the tile and the
 * filters, not on the parent's point, so it is fetched from Elasticsearch once and then serves every parent whose
 * circle touches it. A circle is answered from the tiles covering its bounding box: the service keeps the nurseries
 * within the radius by exact great-circle distance and orders them itself.
 *
 * <p>Each nursery belongs to exactly one tile, the one its stored coordinates fall in ({@link #index}). Elasticsearch
 * filters on coordinates quantised to about 1 cm, so a tile is fetched with a {@value #FETCH_MARGIN_DEGREES}° margin
 * and the hits that belong to a neighbour are dropped: a nursery on an edge is neither lost nor counted twice.
 */
final class NearbyTiles {

    static final double DEGREES = 0.02;
    static final double FETCH_MARGIN_DEGREES = 1e-6;
    /** Mean Earth radius, as {@link GeoPoint#metresTo} and Elasticsearch's arc distance use. */
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    /** Rounding slack so the covering tiles never miss a nursery at the rim. */
    private static final double RIM_METRES = 1.0;

    /** A tile by its row (south to north) and column (west to east). */
    record Tile(int row, int column) {

        double south() {
            return row * DEGREES;
        }

        double west() {
            return column * DEGREES;
        }

        double north() {
            return (row + 1) * DEGREES;
        }

        double east() {
            return (column + 1) * DEGREES;
        }
    }

    private NearbyTiles() {
    }

    static int index(double degrees) {
        return (int) Math.floor(degrees / DEGREES);
    }

    static Tile tileOf(double latitude, double longitude) {
        return new Tile(index(latitude), index(longitude));
    }

    /**
     * The tiles covering every point within {@code radiusMetres} of {@code centre}, row by row; empty when the
     * circle reaches a pole or the antimeridian, or needs more than {@code maxTiles} tiles (the caller then asks
     * Elasticsearch to sort by distance itself).
     */
    static List<Tile> covering(GeoPoint centre, double radiusMetres, int maxTiles) {
        double angular = (radiusMetres + RIM_METRES) / EARTH_RADIUS_METRES;
        double latitude = Math.toRadians(centre.latitude());
        double south = Math.toDegrees(latitude - angular);
        double north = Math.toDegrees(latitude + angular);
        if (south <= -89 || north >= 89) {
            return List.of();
        }
        // The widest longitude a spherical circle reaches (at the latitude of its tangent meridians).
        double ratio = Math.sin(angular) / Math.cos(latitude);
        if (ratio >= 1) {
            return List.of();
        }
        double halfWidth = Math.toDegrees(Math.asin(ratio));
        double west = centre.longitude() - halfWidth;
        double east = centre.longitude() + halfWidth;
        if (west <= -180 || east >= 180) {
            return List.of();
        }
        int rowFrom = index(south);
        int rowTo = index(north);
        int columnFrom = index(west);
        int columnTo = index(east);
        long count = (long) (rowTo - rowFrom + 1) * (columnTo - columnFrom + 1);
        if (count > maxTiles) {
            return List.of();
        }
        List<Tile> tiles = new ArrayList<>((int) count);
        for (int row = rowFrom; row <= rowTo; row++) {
            for (int column = columnFrom; column <= columnTo; column++) {
                tiles.add(new Tile(row, column));
            }
        }
        return tiles;
    }
}
