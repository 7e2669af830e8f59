package com.tuoyu.directory.identity;

/** What an account may do; sent as the token's {@code groups}. */
public enum Role {
    /** Complaint handler (投诉处理人员): triages and resolves complaints in their divisions. */
    HANDLER,
    /** Supervisor (卫健部门): disclosures, inspections, penalties, statistics in their divisions. */
    SUPERVISOR,
    /** Filing officer: decides filings (备案). */
    FILING_OFFICER,
    /** Manages accounts and the platform. */
    ADMIN,
    /** A parent signed in through the mobile app or the mini-program; never given to staff accounts. */
    PARENT;

    /** The roles an admin may give to a staff account. */
    public boolean staff() {
        return this != PARENT;
    }
}
