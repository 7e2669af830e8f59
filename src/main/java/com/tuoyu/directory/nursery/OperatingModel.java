package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** 举办模式. */
public enum OperatingModel implements Labelled {
    PUBLIC("公办", "Public"),
    PUBLIC_PRIVATE("公建民营", "Publicly built, privately run"),
    PRIVATE_AIDED("民办公助", "Private with public support"),
    PRIVATE("民办", "Private"),
    EMPLOYER("单位办", "Employer-run"),
    COMMUNITY("社区嵌入式", "Community-embedded"),
    KINDERGARTEN("幼儿园托班", "Kindergarten nursery class");

    private final Text text;

    OperatingModel(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
