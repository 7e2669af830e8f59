package com.tuoyu.directory.supervision;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeightedDrawTest {

    private static final List<UUID> ROSTER = ids("inspector", 6);

    private static List<UUID> ids(String kind, int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.nameUUIDFromBytes((kind + i).getBytes()));
        }
        return ids;
    }

    private static List<WeightedDraw.Candidate> candidates(double... weights) {
        List<UUID> ids = ids("nursery", weights.length);
        List<WeightedDraw.Candidate> list = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            list.add(new WeightedDraw.Candidate(ids.get(i), weights[i]));
        }
        return list;
    }

    @Test
    void theSameSeedCandidatesAndRosterGiveTheSamePicks() {
        List<WeightedDraw.Candidate> candidates = candidates(1, 3, 1, 7, 2, 1, 1, 5);
        for (long seed = -5; seed < 50; seed++) {
            assertThat(WeightedDraw.draw(seed, candidates, 3, ROSTER, 2))
                    .isEqualTo(WeightedDraw.draw(seed, List.copyOf(candidates), 3, List.copyOf(ROSTER), 2));
        }
        // A known seed gives a fixed answer on every JVM: SplittableRandom's sequence is specified.
        assertThat(WeightedDraw.draw(20261122L, candidates, 3, ROSTER, 2))
                .isEqualTo(WeightedDraw.draw(20261122L, candidates, 3, ROSTER, 2));
        assertThat(WeightedDraw.draw(1L, candidates, 3, ROSTER, 2)).isNotEqualTo(WeightedDraw.draw(2L, candidates, 3, ROSTER, 2))
                .as("different seeds usually differ");
    }

    @Test
    void picksAreDistinctNurseriesEachWithDistinctInspectorsFromTheRoster() {
        List<WeightedDraw.Candidate> candidates = candidates(1, 2, 3, 4, 5);
        for (long seed = 0; seed < 200; seed++) {
            List<WeightedDraw.Pick> picks = WeightedDraw.draw(seed, candidates, 3, ROSTER, 3);
            assertThat(picks).hasSize(3);
            assertThat(new HashSet<>(picks.stream().map(WeightedDraw.Pick::nurseryId).toList())).hasSize(3);
            for (WeightedDraw.Pick pick : picks) {
                assertThat(pick.inspectorIds()).hasSize(3).doesNotHaveDuplicates();
                assertThat(ROSTER).containsAll(pick.inspectorIds());
            }
        }
        assertThat(WeightedDraw.draw(7, candidates, 10, ROSTER, 1)).as("asking for more than there are draws all")
                .hasSize(5);
    }

    @Test
    void overManyDrawsEachNurseryIsPickedInProportionToItsWeight() {
        // One high-risk nursery (weight 21: black-listed, a penalty...) among nine with weight 1.
        List<WeightedDraw.Candidate> candidates = candidates(21, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        UUID high = candidates.get(0).id();
        UUID low = candidates.get(1).id();
        Map<UUID, Integer> counts = new HashMap<>();
        int draws = 2_000;
        for (long seed = 0; seed < draws; seed++) {
            WeightedDraw.draw(seed, candidates, 1, ROSTER, 2).forEach(p -> counts.merge(p.nurseryId(), 1, Integer::sum));
        }
        // Expected share of the high-risk nursery: 21 / 30 = 0.7; of a low-risk one 1 / 30.
        assertThat(counts.get(high) / (double) draws).isCloseTo(0.7, within(0.04));
        assertThat(counts.getOrDefault(low, 0) / (double) draws).isCloseTo(1 / 30.0, within(0.02));
        assertThat(counts.get(high)).isGreaterThan(10 * counts.getOrDefault(low, 0));
    }

    @Test
    void uniformInspectorsOverManyDraws() {
        Map<UUID, Integer> counts = new HashMap<>();
        int draws = 3_000;
        for (long seed = 0; seed < draws; seed++) {
            WeightedDraw.draw(seed, candidates(1, 1), 1, ROSTER, 2).get(0).inspectorIds()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        // Each of the 6 inspectors is in a pair with probability 2/6.
        for (UUID id : ROSTER) {
            assertThat(counts.get(id) / (double) draws).isCloseTo(1 / 3.0, within(0.04));
        }
    }
}
