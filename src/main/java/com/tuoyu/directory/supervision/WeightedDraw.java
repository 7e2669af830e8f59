package com.tuoyu.directory.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random inspection draw as a pure function of its inputs, so a recorded draw can be recomputed and checked.
 * <ol>
 * <li>Nurseries: weighted sampling without replacement (Efraimidis and Spirakis, 2006). Candidates are taken in
 * the order given (the service orders them by nursery id); each draws u from (0, 1] and gets the key
 * ln(u) / weight; the {@code count} largest keys win, in descending key order. A nursery's chance to be in the
 * sample grows with its weight.</li>
 * <li>Inspectors: for each pick in turn, {@code perNursery} distinct inspectors drawn uniformly from the roster
 * (in the order given, by inspector id) with a partial Fisher-Yates shuffle of a fresh copy.</li>
 * </ol>
 * One {@link SplittableRandom} seeded with the recorded seed feeds both steps, so the same seed, candidates and
 * roster give the same picks on any JVM (SplittableRandom's algorithm is specified).
 */
public final class WeightedDraw {

    private WeightedDraw() {
    }

    public record Candidate(UUID id, double weight) {
        public Candidate {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights must be positive and finite");
            }
        }
    }

    public record Pick(UUID nurseryId, List<UUID> inspectorIds) {
    }

    public static List<Pick> draw(long seed, List<Candidate> candidates, int count, List<UUID> roster, int perNursery) {
        if (count < 0 || perNursery < 0 || perNursery > roster.size()) {
            throw new IllegalArgumentException("count and inspectors per nursery must fit the candidates and roster");
        }
        SplittableRandom random = new SplittableRandom(seed);
        record Keyed(Candidate candidate, double key, int position) {
        }
        List<Keyed> keyed = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            double u = 1.0 - random.nextDouble(); // (0, 1]
            keyed.add(new Keyed(candidates.get(i), Math.log(u) / candidates.get(i).weight(), i));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key).reversed().thenComparingInt(Keyed::position));
        List<Pick> picks = new ArrayList<>();
        for (Keyed k : keyed.subList(0, Math.min(count, keyed.size()))) {
            List<UUID> pool = new ArrayList<>(roster);
            List<UUID> chosen = new ArrayList<>(perNursery);
            for (int j = 0; j < perNursery; j++) {
                int swap = j + random.nextInt(pool.size() - j);
                UUID picked = pool.get(swap);
                pool.set(swap, pool.get(j));
                pool.set(j, picked);
                chosen.add(picked);
            }
            picks.add(new Pick(k.candidate().id(), List.copyOf(chosen)));
        }
        return picks;
    }
}
