package com.tuoyu.directory.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A cached nursery's fees as small arrays indexed by fee key (care type × band): the lowest fee with and without
 * meals, the class each belongs to and how many classes have a fee. The index's maps of strings would cost several
 * times the memory in a tile cache that holds the whole register.
 */
final class FeeSlots {

    static final int NO_FEE = Integer.MIN_VALUE;
    /** Fee and vacancy bands: the {@link AgeBand}s, then ANY. */
    static final int BANDS = AgeBand.values().length + 1;
    static final int ANY = AgeBand.values().length;
    private static final CareType[] CARE_TYPES = CareType.values();
    private static final AgeGroup[] AGE_GROUPS = AgeGroup.values();
    private static final int SLOTS = CARE_TYPES.length * BANDS;
    /** The index's fee keys ({@link NurseryDocument#feeKey}) by slot: one lookup per key read. */
    private static final Map<String, Integer> SLOT_OF = slots();

    private final int[] amounts = filled();
    private final int[] withMeals = filled();
    /** Ordinal + 1 of the class of the lowest fee (0: none); the same for the lowest fee with meals. */
    private final byte[] classes = new byte[SLOTS];
    private final byte[] mealClasses = new byte[SLOTS];
    private final byte[] counts = new byte[SLOTS];

    int amount(CareType careType, String bandKey) {
        return amounts[slot(careType, bandKey)];
    }

    int withMeals(CareType careType, String bandKey) {
        return withMeals[slot(careType, bandKey)];
    }

    /** The class whose fee is the lowest (with meals when {@code meals}), or null when the document did not say. */
    AgeGroup ageGroup(CareType careType, String bandKey, boolean meals) {
        int value = (meals ? mealClasses : classes)[slot(careType, bandKey)];
        return value == 0 ? null : AGE_GROUPS[value - 1];
    }

    int count(CareType careType, String bandKey) {
        return counts[slot(careType, bandKey)];
    }

    static FeeSlots of(NurseryDocument d) {
        FeeSlots slots = new FeeSlots();
        copy(d.fees(), slots.amounts);
        copy(d.feesWithMeals(), slots.withMeals);
        if (d.feeClasses() != null) {
            d.feeClasses().forEach(slots::putClass);
        }
        if (d.feeCounts() != null) {
            d.feeCounts().forEach((key, count) -> slots.putCount(key, count));
        }
        return slots;
    }

    /** Reads one of the document's fee objects (the parser on the field's value) into the slots. */
    void read(String field, JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "fees" -> put(amounts, key, p.getIntValue());
                case "feesWithMeals" -> put(withMeals, key, p.getIntValue());
                case "feeClasses" -> putClass(key, p.getText());
                case "feeCounts" -> putCount(key, p.getIntValue());
                default -> p.skipChildren();
            }
        }
    }

    private void putClass(String key, String group) {
        boolean meals = key.endsWith(NurseryProjector.MEALS);
        Integer slot = SLOT_OF.get(meals ? key.substring(0, key.length() - NurseryProjector.MEALS.length()) : key);
        if (slot != null && group != null) {
            (meals ? mealClasses : classes)[slot] = (byte) (AgeGroup.valueOf(group).ordinal() + 1);
        }
    }

    private void putCount(String key, Integer count) {
        Integer slot = SLOT_OF.get(key);
        if (slot != null && count != null) {
            counts[slot] = (byte) Math.min(count, Byte.MAX_VALUE);
        }
    }

    private static void copy(Map<String, Integer> values, int[] into) {
        if (values != null) {
            values.forEach((key, value) -> {
                if (value != null) {
                    put(into, key, value);
                }
            });
        }
    }

    private static void put(int[] into, String key, int value) {
        Integer slot = SLOT_OF.get(key);
        if (slot != null) {
            into[slot] = value;
        }
    }

    private static int slot(CareType careType, String bandKey) {
        return careType.ordinal() * BANDS + bandIndex(bandKey);
    }

    static int bandIndex(String bandKey) {
        if ("ANY".equals(bandKey)) {
            return ANY;
        }
        for (AgeBand band : AgeBand.values()) {
            if (band.name().equals(bandKey)) {
                return band.ordinal();
            }
        }
        return -1;
    }

    private static int[] filled() {
        int[] values = new int[SLOTS];
        Arrays.fill(values, NO_FEE);
        return values;
    }

    private static Map<String, Integer> slots() {
        Map<String, Integer> slots = new HashMap<>();
        for (CareType type : CARE_TYPES) {
            slots.put(NurseryDocument.feeKey(type.name(), "ANY"), type.ordinal() * BANDS + ANY);
            for (AgeBand band : AgeBand.values()) {
                slots.put(NurseryDocument.feeKey(type.name(), band.name()), type.ordinal() * BANDS + band.ordinal());
            }
        }
        return Map.copyOf(slots);
    }
}
