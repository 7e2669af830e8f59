package com.tuoyu.directory.nursery;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One line of the filing materials checklist: which document kinds satisfy it, and whether it applies to a nursery.
 * A business licence or a legal-person certificate proves the registration; the food business licence is needed
 * only where meals are served.
 */
public enum MaterialRequirement {
    REGISTRATION_CERTIFICATE("营业执照或法人登记证书", EnumSet.of(MaterialKind.BUSINESS_LICENCE, MaterialKind.LEGAL_PERSON_CERTIFICATE)),
    PREMISES_PROOF("场地证明", EnumSet.of(MaterialKind.PREMISES_PROOF)),
    STAFF_QUALIFICATIONS("工作人员资格证书", EnumSet.of(MaterialKind.STAFF_QUALIFICATIONS)),
    STAFF_HEALTH_CERTIFICATES("工作人员健康合格证明", EnumSet.of(MaterialKind.STAFF_HEALTH_CERTIFICATES)),
    HEALTH_EVALUATION("托幼机构卫生评价报告（合格）", EnumSet.of(MaterialKind.HEALTH_EVALUATION)),
    FIRE_SAFETY("消防安全检查合格证明", EnumSet.of(MaterialKind.FIRE_SAFETY)),
    FILING_FORM("备案书", EnumSet.of(MaterialKind.FILING_FORM)),
    COMMITMENT_LETTER("承诺书", EnumSet.of(MaterialKind.COMMITMENT_LETTER)),
    FOOD_BUSINESS_LICENCE("食品经营许可证（提供餐食时）", EnumSet.of(MaterialKind.FOOD_BUSINESS_LICENCE));

    private final String label;
    private final Set<MaterialKind> satisfiedBy;

    MaterialRequirement(String label, Set<MaterialKind> satisfiedBy) {
        this.label = label;
        this.satisfiedBy = satisfiedBy;
    }

    public String label() {
        return label;
    }

    public Set<MaterialKind> satisfiedBy() {
        return satisfiedBy;
    }

    /** The requirements that apply to a nursery, in checklist order. */
    public static List<MaterialRequirement> applicable(boolean mealsProvided) {
        return java.util.Arrays.stream(values())
                .filter(r -> r != FOOD_BUSINESS_LICENCE || mealsProvided)
                .toList();
    }
}
