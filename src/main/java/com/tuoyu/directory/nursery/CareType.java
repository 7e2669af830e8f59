package com.tuoyu.directory.nursery;

/** 托育类型. Full-day and half-day fees are monthly; hourly care is priced per hour and temporary care per day. */
public enum CareType {
    FULL_DAY("全日托"),
    HALF_DAY("半日托"),
    HOURLY("计时托"),
    TEMPORARY("临时托");

    private final String label;

    CareType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
