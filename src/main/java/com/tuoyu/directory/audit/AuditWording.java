package com.tuoyu.directory.audit;

import com.tuoyu.directory.platform.text.Language;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.platform.text.Text;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the audit log: each action code the features write, its kind (read, reveal, decide, change), subject
 * types and roles, in Chinese and English. An action not listed here (a feature added one) shows its code as its
 * label rather than failing.
 */
final class AuditWording {

    /** Mainland mobile numbers, wherever a free text (a reason, a recorded state) might carry one. */
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

    private static final Map<String, Text> ACTIONS = Map.ofEntries(
            Map.entry("COMPLAINT_SUBMITTED", Text.of("家长提交投诉", "The parent filed a complaint")),
            Map.entry("COMPLAINT_READ", Text.of("查阅投诉", "Read a complaint")),
            Map.entry("COMPLAINT_CONTACT_REVEALED", Text.of("查看投诉人联系电话", "Revealed the complainant's phone number")),
            Map.entry("COMPLAINT_CONTACT_ACCESS_REOPENED", Text.of("重新开放已办结投诉的号码查看",
                    "Re-opened access to a closed complaint's phone number")),
            Map.entry("COMPLAINT_ACCEPT", Text.of("受理投诉", "Accepted a complaint")),
            Map.entry("COMPLAINT_REJECT", Text.of("不予受理", "Rejected a complaint")),
            Map.entry("COMPLAINT_ASSIGN", Text.of("指派投诉", "Assigned a complaint")),
            Map.entry("COMPLAINT_REQUEST_INFO", Text.of("要求补充材料", "Asked for more information")),
            Map.entry("COMPLAINT_NOTE", Text.of("添加内部备注", "Added an internal note")),
            Map.entry("COMPLAINT_REPLY", Text.of("答复家长", "Replied to the parent")),
            Map.entry("COMPLAINT_ESCALATE", Text.of("上报监管人员", "Escalated to a supervisor")),
            Map.entry("COMPLAINT_RETURN_TO_HANDLER", Text.of("退回处理人员", "Returned to the handler")),
            Map.entry("COMPLAINT_RESOLVE", Text.of("办结投诉", "Resolved a complaint")),
            Map.entry("COMPLAINT_PROVIDE_INFO", Text.of("家长补充材料", "The parent added information")),
            Map.entry("COMPLAINT_RATE", Text.of("家长评价办理结果", "The parent rated the outcome")),
            Map.entry("COMPLAINT_REOPEN", Text.of("家长申请重新处理", "The parent reopened the complaint")),
            Map.entry("REPLY_TEMPLATE_CREATED", Text.of("新增答复模板", "Added a reply template")),
            Map.entry("REPLY_TEMPLATE_UPDATED", Text.of("修改答复模板", "Changed a reply template")),
            Map.entry("REPLY_TEMPLATE_DELETED", Text.of("删除答复模板", "Removed a reply template")),
            Map.entry("NURSERY_REGISTERED", Text.of("登记托育机构", "Registered a nursery")),
            Map.entry("NURSERY_UPDATED", Text.of("修改托育机构登记信息", "Changed a nursery's registration")),
            Map.entry("NURSERY_IMPORTED", Text.of("导入托育机构", "Imported a nursery")),
            Map.entry("FILING_FILE", Text.of("出具备案回执", "Issued the filing receipt")),
            Map.entry("FILING_RETURN", Text.of("退回备案（不符合设置标准）", "Returned the filing")),
            Map.entry("FILING_RESUBMIT", Text.of("重新提交备案", "Resubmitted the filing")),
            Map.entry("FILING_REVOKE", Text.of("撤销备案", "Revoked the filing")),
            Map.entry("FILING_CLOSE", Text.of("注销备案（停止运营）", "Closed the filing")),
            Map.entry("FILING_MATERIAL_UPLOADED", Text.of("上传备案材料", "Uploaded a filing material")),
            Map.entry("FILING_MATERIAL_READ", Text.of("查阅备案材料", "Read a filing material")),
            Map.entry("FEE_SCHEDULED", Text.of("公布收费标准", "Published a fee schedule")),
            Map.entry("GUIDE_PRICE_SET", Text.of("设定普惠指导价", "Set a guide price")),
            Map.entry("INSPECTION_RECORDED", Text.of("录入检查记录", "Recorded an inspection")),
            Map.entry("INSPECTION_CORRECTED", Text.of("更正检查记录", "Corrected an inspection")),
            Map.entry("QUALITY_ASSESSMENT_RECORDED", Text.of("录入质量评估", "Recorded a quality assessment")),
            Map.entry("QUALITY_ASSESSMENT_CORRECTED", Text.of("更正质量评估", "Corrected a quality assessment")),
            Map.entry("PENALTY_RECORDED", Text.of("录入行政处罚", "Recorded a penalty")),
            Map.entry("PENALTY_CORRECTED", Text.of("更正行政处罚", "Corrected a penalty")),
            Map.entry("MISCONDUCT_RECORDED", Text.of("录入不良执业行为", "Recorded misconduct")),
            Map.entry("MISCONDUCT_CORRECTED", Text.of("更正不良执业行为", "Corrected a misconduct record")),
            Map.entry("CREDIT_ENTRY_RECORDED", Text.of("录入红黑名单", "Recorded a credit list entry")),
            Map.entry("CREDIT_ENTRY_CORRECTED", Text.of("更正红黑名单", "Corrected a credit list entry")),
            Map.entry("INSPECTION_DRAWN", Text.of("双随机抽取", "Drew random inspections")),
            Map.entry("INSPECTOR_ADDED", Text.of("新增检查人员", "Added an inspector")),
            Map.entry("INSPECTOR_CHANGED", Text.of("修改检查人员", "Changed an inspector")),
            Map.entry("HOLIDAY_ARRANGEMENT_LOADED", Text.of("载入节假日安排", "Loaded a holiday arrangement")));

    private static final Map<String, Text> SECTIONS = Map.of(
            "CAPACITY", Text.of("托位", "capacity"), "STAFFING", Text.of("人员配备", "staffing"),
            "PERMITS", Text.of("证照", "permits"), "SAFETY", Text.of("安全", "safety"),
            "INCLUSIVE", Text.of("普惠", "inclusive mark"));

    private static final Set<String> READS = Set.of("COMPLAINT_READ", "FILING_MATERIAL_READ");
    private static final Set<String> DECISIONS = Set.of("COMPLAINT_ACCEPT", "COMPLAINT_REJECT", "COMPLAINT_RESOLVE",
            "COMPLAINT_ESCALATE", "COMPLAINT_RETURN_TO_HANDLER", "FILING_FILE", "FILING_RETURN", "FILING_REVOKE",
            "FILING_CLOSE", "INSPECTION_DRAWN");

    private static final Map<String, Text> KINDS = Map.of(
            "READ", Text.of("查阅", "Read"), "REVEAL", Text.of("查看个人信息", "Revealed"),
            "DECIDE", Text.of("决定", "Decided"), "CHANGE", Text.of("修改", "Changed"));

    private static final Map<String, Text> SUBJECTS = Map.ofEntries(
            Map.entry("complaint", Text.of("投诉", "Complaint")), Map.entry("nursery", Text.of("托育机构", "Nursery")),
            Map.entry("reply_template", Text.of("答复模板", "Reply template")),
            Map.entry("division", Text.of("行政区划", "Division")),
            Map.entry("holiday_arrangement", Text.of("节假日安排", "Holiday arrangement")),
            Map.entry("inspection", Text.of("检查记录", "Inspection")),
            Map.entry("quality_assessment", Text.of("质量评估", "Quality assessment")),
            Map.entry("penalty", Text.of("行政处罚", "Penalty")), Map.entry("misconduct", Text.of("不良执业行为", "Misconduct")),
            Map.entry("credit_entry", Text.of("红黑名单", "Credit list entry")),
            Map.entry("inspection_draw", Text.of("双随机抽取", "Random inspection draw")),
            Map.entry("inspector", Text.of("检查人员", "Inspector")));

    private static final Map<String, Text> ROLES = Map.of(
            "HANDLER", Text.of("投诉处理人员", "Complaint handler"), "SUPERVISOR", Text.of("监管人员", "Supervisor"),
            "FILING_OFFICER", Text.of("备案人员", "Filing officer"), "ADMIN", Text.of("系统管理员", "Administrator"),
            "PARENT", Text.of("家长", "Parent"));

    static final Text PARENT = Text.of("家长", "A parent");
    static final Text SYSTEM = Text.of("系统", "The system");

    private AuditWording() {
    }

    static PublicTerm action(String code, Language language) {
        Text known = ACTIONS.get(code);
        if (known == null && code.startsWith("DISCLOSURE_REVISED:")) {
            Text section = SECTIONS.getOrDefault(code.substring(code.indexOf(':') + 1), Text.of(code, code));
            known = Text.of("修改公示信息（" + section.zh() + "）", "Revised the disclosure (" + section.en() + ")");
        }
        return new PublicTerm(code, known == null ? Text.of(code, code) : known);
    }

    static PublicTerm kind(String action, Language language) {
        String kind = READS.contains(action) ? "READ" : "COMPLAINT_CONTACT_REVEALED".equals(action) ? "REVEAL"
                : DECISIONS.contains(action) ? "DECIDE" : "CHANGE";
        return new PublicTerm(kind, KINDS.get(kind));
    }

    static PublicTerm subject(String type, Language language) {
        Text known = SUBJECTS.get(type);
        return new PublicTerm(type, known == null ? Text.of(type, type) : known);
    }

    static PublicTerm role(String role, Language language) {
        Text known = ROLES.get(role);
        return new PublicTerm(role, known == null ? SYSTEM : known);
    }

    /** The text with every mainland mobile number masked as 138****5678: the log never shows a parent's number. */
    static String masked(String text) {
        return text == null ? null : MOBILE.matcher(text).replaceAll("$1****$3");
    }
}
