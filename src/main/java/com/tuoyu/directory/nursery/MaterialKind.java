package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/**
 * The kinds of document filed with a filing application (备案材料, seeds 002 and 004). Which of them are required
 * is {@link MaterialRequirement}'s business.
 */
public enum MaterialKind implements Labelled {
    BUSINESS_LICENCE("营业执照", "Business licence"),
    LEGAL_PERSON_CERTIFICATE("法人登记证书", "Legal-person certificate"),
    PREMISES_PROOF("场地证明", "Proof of premises"),
    STAFF_QUALIFICATIONS("工作人员资格证书", "Staff qualification certificates"),
    STAFF_HEALTH_CERTIFICATES("工作人员健康合格证明", "Staff health certificates"),
    HEALTH_EVALUATION("托幼机构卫生评价报告", "Childcare hygiene evaluation report"),
    FIRE_SAFETY("消防安全检查合格证明", "Fire safety inspection certificate"),
    FILING_FORM("备案书", "Filing form"),
    COMMITMENT_LETTER("承诺书", "Letter of commitment"),
    FOOD_BUSINESS_LICENCE("食品经营许可证", "Food business licence");

    private final Text text;

    MaterialKind(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
