package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * 班型, with the class-size limits and minimum carer-to-child ratios of the national standard
 * (托育机构设置标准（试行）, 国卫人口发〔2019〕58号). The standard sets no ratio for mixed groups; they hold
 * children from 18 months, so the toddler ratio, the strictest that applies to them, is used.
 */
public enum AgeGroup implements Labelled {
    INFANT("乳儿班", "Infant class", 6, 12, 10, 3),
    TODDLER("托小班", "Toddler class", 12, 24, 15, 5),
    PRESCHOOL("托大班", "Older toddler class", 24, 36, 20, 7),
    MIXED("混合班", "Mixed-age class", 18, 36, 18, 5);

    private final Text text;
    private final int fromMonths;
    private final int toMonths;
    private final int maxClassSize;
    private final int childrenPerCarer;

    AgeGroup(String label, String labelEn, int fromMonths, int toMonths, int maxClassSize, int childrenPerCarer) {
        this.text = Text.of(label, labelEn);
        this.fromMonths = fromMonths;
        this.toMonths = toMonths;
        this.maxClassSize = maxClassSize;
        this.childrenPerCarer = childrenPerCarer;
    }


    @Override
    public Text text() {
        return text;
    }

    public int fromMonths() {
        return fromMonths;
    }

    /** Exclusive upper bound in months. */
    public int toMonths() {
        return toMonths;
    }

    public int maxClassSize() {
        return maxClassSize;
    }

    /** The most children one carer may look after in this group. */
    public int childrenPerCarer() {
        return childrenPerCarer;
    }

    /** Groups a child of this age may join: one by age band, plus the mixed group from 18 months. */
    public static Set<AgeGroup> forChildAgedMonths(int months) {
        Set<AgeGroup> groups = EnumSet.noneOf(AgeGroup.class);
        for (AgeGroup group : values()) {
            if (months >= group.fromMonths && months < group.toMonths) {
                groups.add(group);
            }
        }
        return groups;
    }
}
