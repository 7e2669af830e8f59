package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;

/** What an account may do; sent as the token's {@code groups}. */
public enum Role implements Labelled {
    /** Complaint handler (投诉处理人员): triages and resolves complaints in their divisions. */
    HANDLER("投诉处理人员", "Complaint handler"),
    /** Supervisor (卫健部门): disclosures, inspections, penalties, statistics in their divisions. */
    SUPERVISOR("监管人员", "Supervisor"),
    /** Filing officer: decides filings (备案). */
    FILING_OFFICER("备案人员", "Filing officer"),
    /**
     * Staff of one nursery (托育机构工作人员): keeps that nursery's own page and vacancies, answers its visit requests.
     * Created by a filing officer of the nursery's county, never by the generic account admin.
     */
    NURSERY("托育机构工作人员", "Nursery staff"),
    /** Manages accounts and the platform. */
    ADMIN("系统管理员", "Administrator"),
    /** A parent signed in through the mobile app or the mini-program; never given to staff accounts. */
    PARENT("家长", "Parent");

    private final Text text;

    Role(String label, String labelEn) {
        this.text = Text.of(label, labelEn);
    }

    @Override
    public Text text() {
        return text;
    }

    /** The roles an admin may give to a staff account. */
    public boolean staff() {
        return this != PARENT;
    }
}
