package com.tuoyu.directory.complaint;

/** What a complaint is about. Suspected abuse and injury are urgent: hours, not days. */
public enum ComplaintCategory {
    SAFETY_INJURY("安全事故或伤害", true),
    SUSPECTED_ABUSE("疑似虐待", true),
    HYGIENE_FOOD("卫生与饮食", false),
    HEALTH_CHECKS("健康检查与疾病防控", false),
    FEES_REFUNDS("收费与退费", false),
    UNFILED_OPERATION("未备案或无证经营", false),
    STAFF_QUALIFICATIONS("人员资质", false),
    FALSE_ADVERTISING("虚假宣传", false),
    OTHER("其他", false);

    private final String label;
    private final boolean urgent;

    ComplaintCategory(String label, boolean urgent) {
        this.label = label;
        this.urgent = urgent;
    }

    public String label() {
        return label;
    }

    public boolean urgent() {
        return urgent;
    }
}
