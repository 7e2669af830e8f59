package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** Permits and certificates a nursery must hold and disclose. */
public enum PermitKind implements Labelled {
    BUSINESS_LICENCE("营业执照", "Business licence"),
    LEGAL_PERSON_CERTIFICATE("事业单位法人证书或民办非企业单位登记证书", "Public institution or private non-enterprise registration certificate"),
    PREMISES_PROOF("场地证明", "Proof of premises"),
    FIRE_SAFETY("消防安全检查合格证明", "Fire safety inspection certificate"),
    HEALTH_EVALUATION("托幼机构卫生评价报告", "Childcare hygiene evaluation report"),
    FOOD_BUSINESS_LICENCE("食品经营许可证", "Food business licence");

    private final Text text;

    PermitKind(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }


    @Override
    public Text text() {
        return text;
    }
}
