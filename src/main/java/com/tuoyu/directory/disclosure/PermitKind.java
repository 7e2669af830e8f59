package com.tuoyu.directory.disclosure;

/** Permits and certificates a nursery must hold and disclose. */
public enum PermitKind {
    BUSINESS_LICENCE("营业执照"),
    LEGAL_PERSON_CERTIFICATE("事业单位法人证书或民办非企业单位登记证书"),
    PREMISES_PROOF("场地证明"),
    FIRE_SAFETY("消防安全检查合格证明"),
    HEALTH_EVALUATION("托幼机构卫生评价报告"),
    FOOD_BUSINESS_LICENCE("食品经营许可证");

    private final String label;

    PermitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
