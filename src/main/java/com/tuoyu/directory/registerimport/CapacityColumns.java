package com.tuoyu.directory.registerimport;

import com.tuoyu.directory.nursery.AgeGroup;
import java.util.List;
import java.util.Locale;

/** Capacity columns per age group: {@code infant_slots} or 乳儿班托位数, and so on. */
record CapacityColumns(AgeGroup group, List<String> slots, List<String> enrolled, List<String> classes,
                               List<String> carers) {
    static CapacityColumns of(AgeGroup group) {
        String key = group.name().toLowerCase(Locale.ROOT);
        String label = group.label();
        return new CapacityColumns(group,
                List.of(key + "_slots", label + "托位数", label + "托位"),
                List.of(key + "_enrolled", label + "在托人数", label + "在托"),
                List.of(key + "_classes", label + "班级数", label + "班数"),
                List.of(key + "_carers", label + "保育人员", label + "保育人员数"));
    }
}
