package com.tuoyu.directory.nursery;

/** 举办模式. */
public enum OperatingModel {
    PUBLIC("公办"),
    PUBLIC_PRIVATE("公建民营"),
    PRIVATE_AIDED("民办公助"),
    PRIVATE("民办"),
    EMPLOYER("单位办"),
    COMMUNITY("社区嵌入式"),
    KINDERGARTEN("幼儿园托班");

    private final String label;

    OperatingModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
