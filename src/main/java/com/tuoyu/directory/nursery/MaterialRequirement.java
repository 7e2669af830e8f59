package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One line of the filing materials checklist: which document kinds satisfy it, and whether it applies to a nursery.
 * A business licence or a legal-person certificate proves the registration; the food business licence is needed
 * only where meals are served.
 */
public enum MaterialRequirement implements Labelled {
    REGISTRATION_CERTIFICATE("营业执照或法人登记证书", "Business licence or legal-person certificate", EnumSet.of(MaterialKind.BUSINESS_LICENCE, MaterialKind.LEGAL_PERSON_CERTIFICATE)),
    PREMISES_PROOF("场地证明", "Proof of premises", EnumSet.of(MaterialKind.PREMISES_PROOF)),
    STAFF_QUALIFICATIONS("工作人员资格证书", "Staff qualification certificates", EnumSet.of(MaterialKind.STAFF_QUALIFICATIONS)),
    STAFF_HEALTH_CERTIFICATES("工作人员健康合格证明", "Staff health certificates", EnumSet.of(MaterialKind.STAFF_HEALTH_CERTIFICATES)),
    HEALTH_EVALUATION("托幼机构卫生评价报告（合格）", "Childcare hygiene evaluation report (passed)", EnumSet.of(MaterialKind.HEALTH_EVALUATION)),
    FIRE_SAFETY("消防安全检查合格证明", "Fire safety inspection certificate", EnumSet.of(MaterialKind.FIRE_SAFETY)),
    FILING_FORM("备案书", "Filing form", EnumSet.of(MaterialKind.FILING_FORM)),
    COMMITMENT_LETTER("承诺书", "Letter of commitment", EnumSet.of(MaterialKind.COMMITMENT_LETTER)),
    FOOD_BUSINESS_LICENCE("食品经营许可证（提供餐食时）", "Food business licence (when meals are served)", EnumSet.of(MaterialKind.FOOD_BUSINESS_LICENCE));

    private final Text text;
    private final Set<MaterialKind> satisfiedBy;

    MaterialRequirement(String label, String labelEn, Set<MaterialKind> satisfiedBy) {
        this.text = Text.of(label, labelEn);
        this.satisfiedBy = satisfiedBy;
    }


    @Override
    public Text text() {
        return text;
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
