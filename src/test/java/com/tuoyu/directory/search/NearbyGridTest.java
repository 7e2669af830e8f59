package com.tuoyu.directory.search;

import com.tuoyu.directory.platform.geo.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The proof rule of the snapped-grid nearby search, on dense synthetic candidates. */
class NearbyGridTest {

    record Place(String id, GeoPoint point) {
    }

    @Test
    void everyPointOfACellIsWithinItsHalfDiagonalOfTheCentre() {
        GeoPoint p = new GeoPoint(28.68499, 115.89001);
        NearbyGrid.Cell cell = NearbyGrid.cell(p);
        assertThat(p.metresTo(cell.centre())).isLessThanOrEqualTo(cell.halfDiagonalMetres());
        assertThat(cell.halfDiagonalMetres()).isBetween(300.0, 400.0);
        assertThat(NearbyGrid.cell(new GeoPoint(28.6801, 115.8911)).centre()).isEqualTo(cell.centre());
    }

    @Test
    void aPageIsGivenOnlyWhenNoUnfetchedCandidateCouldRankBeforeItsLastResult() {
        SplittableRandom random = new SplittableRandom(7);
        GeoPoint p = new GeoPoint(28.6849, 115.8990);
        NearbyGrid.Cell cell = NearbyGrid.cell(p);
        List<Place> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            all.add(new Place(String.format("id-%05d", i), new GeoPoint(p.latitude() + (random.nextDouble() - 0.5) * 0.06,
                    p.longitude() + (random.nextDouble() - 0.5) * 0.06)));
        }
        List<Place> byCentre = all.stream().sorted(Comparator.comparingDouble(x -> cell.centre().metresTo(x.point()))).toList();
        List<String> exact = all.stream().filter(x -> p.metresTo(x.point()) <= 3000)
                .sorted(Comparator.<Place>comparingDouble(x -> p.metresTo(x.point())).thenComparing(Place::id))
                .map(Place::id).limit(21).toList();
        for (int k : new int[]{21, 40, 64, 200, 256}) {
            List<Place> fetched = byCentre.subList(0, k);
            double last = cell.centre().metresTo(fetched.get(k - 1).point());
            var ranked = NearbyGrid.rank(p, cell, 3000, 21, null, fetched, Place::point, Place::id, last, k);
            // Whenever a page is given it is the exact one; with enough candidates one is always given.
            ranked.ifPresent(page -> assertThat(page.stream().map(NearbyGrid.Ranked::id).toList()).isEqualTo(exact));
            if (k >= 200) {
                assertThat(ranked).isPresent();
            }
        }
        assertThat(NearbyGrid.rank(p, cell, 3000, 21, null, byCentre.subList(0, 21), Place::point, Place::id,
                cell.centre().metresTo(byCentre.get(20).point()), 21)).isEmpty();
    }
}
