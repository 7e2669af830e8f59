package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.geo.GeoPoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Nearby search on a snapped grid, exact in the service.
 *
 * <p>The parent's point {@code p} is snapped to the centre {@code c} of a grid cell ({@value #GRID_DEGREES}°, about
 * 500 m). Elasticsearch is asked for the {@code k} nearest candidates to {@code c} (same filters, within the radius
 * plus the cell's half-diagonal): that request depends only on the cell and the filters, so Elasticsearch's
 * request cache answers it for every parent in the cell until the index changes (a refresh drops the cache, so the
 * two-second freshness rule holds). The service then computes every candidate's great-circle distance to {@code p},
 * keeps those within the radius and orders them by distance, then id.
 *
 * <p>Why that is exact: a nursery {@code x} that was not fetched is at least {@code L} from {@code c}, {@code L}
 * being the distance of the last candidate fetched, so by the triangle inequality at least {@code L - |pc|} from
 * {@code p}. When the last result needed is nearer than that (less a metre for Elasticsearch's coordinate
 * encoding), no unfetched nursery could rank before it. When fewer than {@code k} candidates came back, they are
 * all there are. Otherwise the caller asks again with a larger {@code k}, and at last falls back to the unsnapped
 * query.
 */
final class NearbyGrid {

    static final double GRID_DEGREES = 0.005;
    /** Slack for Elasticsearch's encoding of coordinates (about a centimetre) and rounding, in metres. */
    static final double MARGIN_METRES = 1.0;

    record Cell(GeoPoint centre, double halfDiagonalMetres) {

        /** How far from the centre a candidate may be: any point of the cell plus the radius. */
        int reachMetres(int radiusMetres) {
            return (int) Math.ceil(radiusMetres + halfDiagonalMetres + 2 * MARGIN_METRES);
        }
    }

    /** A candidate with its exact distance to the parent's point. */
    record Ranked<T>(T item, String id, double metres) {
    }

    private NearbyGrid() {
    }

    static Cell cell(GeoPoint p) {
        double south = Math.floor(p.latitude() / GRID_DEGREES) * GRID_DEGREES;
        double west = Math.floor(p.longitude() / GRID_DEGREES) * GRID_DEGREES;
        GeoPoint centre = new GeoPoint(round(south + GRID_DEGREES / 2), round(west + GRID_DEGREES / 2));
        double half = 0;
        for (double lat : new double[]{south, south + GRID_DEGREES}) {
            for (double lng : new double[]{west, west + GRID_DEGREES}) {
                half = Math.max(half, centre.metresTo(new GeoPoint(lat, lng)));
            }
        }
        return new Cell(centre, half);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /**
     * The first {@code wanted} nurseries within {@code radius} of {@code p}, nearest first (ties by id), if the
     * candidates prove it; empty when more candidates are needed.
     *
     * @param candidates    what Elasticsearch returned, nearest to the cell's centre first
     * @param location      a candidate's point
     * @param id            a candidate's id
     * @param lastFromCentre Elasticsearch's distance of the last candidate from the centre
     * @param requested     how many candidates were asked for
     * @param after         for a later page, the last result of the page before (distance and id), else null
     */
    static <T> Optional<List<Ranked<T>>> rank(GeoPoint p, Cell cell, int radius, int wanted, Ranked<?> after, List<T> candidates,
                                               java.util.function.Function<T, GeoPoint> location,
                                               java.util.function.Function<T, String> id,
                                               double lastFromCentre, int requested) {
        List<Ranked<T>> within = new ArrayList<>();
        for (T candidate : candidates) {
            double metres = p.metresTo(location.apply(candidate));
            if (metres <= radius && (after == null || metres > after.metres()
                    || (metres == after.metres() && id.apply(candidate).compareTo(after.id()) > 0))) {
                within.add(new Ranked<>(candidate, id.apply(candidate), metres));
            }
        }
        within.sort(Comparator.<Ranked<T>>comparingDouble(Ranked::metres).thenComparing(Ranked::id));
        List<Ranked<T>> result = within.subList(0, Math.min(wanted, within.size()));
        if (candidates.size() < requested) {
            return Optional.of(result);
        }
        double unfetchedAtLeast = lastFromCentre - p.metresTo(cell.centre()) - MARGIN_METRES;
        double lastNeeded = result.size() == wanted ? result.get(wanted - 1).metres() : radius;
        return lastNeeded < unfetchedAtLeast ? Optional.of(result) : Optional.empty();
    }
}
