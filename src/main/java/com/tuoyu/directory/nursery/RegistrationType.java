package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** 登记类型: the register the nursery's legal person is entered in. */
public enum RegistrationType implements Labelled {
    /** 事业单位, registered with 机构编制部门. */
    PUBLIC_INSTITUTION("事业单位", "Public institution"),
    /** 社会服务机构, non-profit, registered with 民政 or 行政审批. */
    SOCIAL_ORGANIZATION("社会服务机构", "Social service organisation"),
    /** 营利性企业, registered with 市场监管 or 行政审批. */
    ENTERPRISE("企业", "Enterprise");

    private final Text text;

    RegistrationType(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
