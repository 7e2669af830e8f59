package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** 托育类型. Full-day and half-day fees are monthly; hourly care is priced per hour and temporary care per day. */
public enum CareType implements Labelled {
    FULL_DAY("全日托", "Full-day care"),
    HALF_DAY("半日托", "Half-day care"),
    HOURLY("计时托", "Hourly care"),
    TEMPORARY("临时托", "Temporary care");

    private final Text text;

    CareType(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
