package com.tuoyu.directory.fees;

import com.tuoyu.directory.nursery.CareType;

/** What a fee amount is charged per: full- and half-day care by the month, hourly care by the hour, temporary care by the day. */
public enum FeeUnit {
    MONTH,
    HOUR,
    DAY;

    public static FeeUnit of(CareType careType) {
        return switch (careType) {
            case FULL_DAY, HALF_DAY -> MONTH;
            case HOURLY -> HOUR;
            case TEMPORARY -> DAY;
        };
    }
}
