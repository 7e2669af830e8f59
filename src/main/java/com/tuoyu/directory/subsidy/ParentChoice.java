package com.tuoyu.directory.subsidy;

/**
 * Conditions of a subsidy the service cannot know and the parent can: each is a request parameter the parent sets
 * (false when absent), and a subsidy with one counts only when it is set.
 */
public enum ParentChoice {
    EMPLOYER_ALLOWANCE("employerAllowance", "你的用人单位发放这项补贴", "your employer pays this allowance");

    private final String parameter;
    private final String label;
    private final String labelEn;

    ParentChoice(String parameter, String label, String labelEn) {
        this.parameter = parameter;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The query parameter that says the condition holds. */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
