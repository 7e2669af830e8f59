package com.tuoyu.directory.identity;

/** What an account may do; sent as the token's {@code groups}. */
public enum Role {
    /** Complaint handler (投诉处理人员): triages and resolves complaints in their divisions. */
    HANDLER("投诉处理人员"),
    /** Supervisor (卫健部门): disclosures, inspections, penalties, statistics in their divisions. */
    SUPERVISOR("监管人员"),
    /** Filing officer: decides filings (备案). */
    FILING_OFFICER("备案人员"),
    /**
     * Staff of one nursery (托育机构工作人员): keeps that nursery's own page and vacancies, answers its visit requests.
     * Created by a filing officer of the nursery's county, never by the generic account admin.
     */
    NURSERY("托育机构工作人员"),
    /** Manages accounts and the platform. */
    ADMIN("系统管理员"),
    /** A parent signed in through the mobile app or the mini-program; never given to staff accounts. */
    PARENT("家长");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role's name as staff read it in the console's header. */
    public String label() {
        return label;
    }

    /** The roles an admin may give to a staff account. */
    public boolean staff() {
        return this != PARENT;
    }
}
