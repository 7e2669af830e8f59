package com.tuoyu.directory.nursery;

/** 登记类型: the register the nursery's legal person is entered in. */
public enum RegistrationType {
    /** 事业单位, registered with 机构编制部门. */
    PUBLIC_INSTITUTION("事业单位"),
    /** 社会服务机构, non-profit, registered with 民政 or 行政审批. */
    SOCIAL_ORGANIZATION("社会服务机构"),
    /** 营利性企业, registered with 市场监管 or 行政审批. */
    ENTERPRISE("企业");

    private final String label;

    RegistrationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
