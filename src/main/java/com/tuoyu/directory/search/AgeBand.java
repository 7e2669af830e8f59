package com.tuoyu.directory.search;

import com.tuoyu.directory.nursery.AgeGroup;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The age ranges within which the set of class types a child may join does not change; the index keeps fees and
 * vacancies per band so a search for a child's age is a plain term or range query.
 */
public enum AgeBand {
    M6_12(6, 12),
    M12_18(12, 18),
    M18_24(18, 24),
    M24_36(24, 36);

    private final int fromMonths;
    private final int toMonths;

    AgeBand(int fromMonths, int toMonths) {
        this.fromMonths = fromMonths;
        this.toMonths = toMonths;
    }

    /** The youngest age, in months, of a child in this band. */
    public int fromMonths() {
        return fromMonths;
    }

    /** Class types open to a child in this band. */
    public Set<AgeGroup> groups() {
        Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
        for (int month = fromMonths; month < toMonths; month++) {
            groups.addAll(AgeGroup.forChildAgedMonths(month));
        }
        return groups;
    }

    public static Optional<AgeBand> forMonths(int months) {
        for (AgeBand band : values()) {
            if (months >= band.fromMonths && months < band.toMonths) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
