package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** What a complaint is about. Suspected abuse and injury are urgent: hours, not days. */
public enum ComplaintCategory implements Labelled {
    SAFETY_INJURY("安全事故或伤害", "Safety incident or injury", true),
    SUSPECTED_ABUSE("疑似虐待", "Suspected abuse", true),
    HYGIENE_FOOD("卫生与饮食", "Hygiene and food", false),
    HEALTH_CHECKS("健康检查与疾病防控", "Health checks and disease control", false),
    FEES_REFUNDS("收费与退费", "Fees and refunds", false),
    UNFILED_OPERATION("未备案或无证经营", "Operating without filing or licence", false),
    STAFF_QUALIFICATIONS("人员资质", "Staff qualifications", false),
    FALSE_ADVERTISING("虚假宣传", "False advertising", false),
    OTHER("其他", "Other", false);

    private final Text text;
    private final boolean urgent;

    ComplaintCategory(String label, String labelEn, boolean urgent) {
        this.text = Text.of(label, labelEn);
        this.urgent = urgent;
    }


    @Override
    public Text text() {
        return text;
    }

    public boolean urgent() {
        return urgent;
    }

    /**
     * Whether a complaint of this category tells about a child's health, injury or safety: sensitive personal
     * information of a minor (PIPL art. 28 and 31), filed only with the parent's separate consent.
     */
    public boolean carriesChildHealthInformation() {
        return switch (this) {
            case SAFETY_INJURY, SUSPECTED_ABUSE, HEALTH_CHECKS -> true;
            default -> false;
        };
    }
}
