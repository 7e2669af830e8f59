package com.tuoyu.directory.nurserystaff;

/** The texts of a nursery's own page that a filing officer may hide for breaking the rules. */
public enum PageText {
    DESCRIPTION("机构简介"),
    DAILY_PROGRAMME("一日活动安排"),
    WEEKLY_MENU("每周食谱"),
    WEBSITE("网站"),
    WECHAT_OFFICIAL_ACCOUNT("微信公众号");

    private final String label;

    PageText(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
