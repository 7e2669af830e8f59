package com.tuoyu.directory.nursery;

/**
 * The kinds of document filed with a filing application (备案材料, seeds 002 and 004). Which of them are required
 * is {@link MaterialRequirement}'s business.
 */
public enum MaterialKind {
    BUSINESS_LICENCE("营业执照"),
    LEGAL_PERSON_CERTIFICATE("法人登记证书"),
    PREMISES_PROOF("场地证明"),
    STAFF_QUALIFICATIONS("工作人员资格证书"),
    STAFF_HEALTH_CERTIFICATES("工作人员健康合格证明"),
    HEALTH_EVALUATION("托幼机构卫生评价报告"),
    FIRE_SAFETY("消防安全检查合格证明"),
    FILING_FORM("备案书"),
    COMMITMENT_LETTER("承诺书"),
    FOOD_BUSINESS_LICENCE("食品经营许可证");

    private final String label;

    MaterialKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
