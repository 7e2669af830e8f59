package com.tuoyu.directory.complaint;

import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.platform.text.PublicTerm;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The complaint's codes with the Chinese labels people read next to them. */
final class ComplaintTerms {

    /** Every step a complaint's history can record: the handlers' actions, the parent's, and the submission. */
    private static final Map<String, String> ACTIONS = Stream.concat(
                    Stream.concat(Arrays.stream(HandlerAction.values()).map(a -> Map.entry(a.name(), a.label())),
                            Arrays.stream(ParentAction.values()).map(a -> Map.entry(a.name(), a.label()))),
                    Stream.of(Map.entry("SUBMIT", "提交投诉")))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, String> ROLES = Map.of("PARENT", "家长", "HANDLER", "投诉处理人员",
            "SUPERVISOR", "监管人员", "FILING_OFFICER", "备案人员", "ADMIN", "系统管理员", "SYSTEM", "系统");

    private ComplaintTerms() {
    }

    static PublicTerm status(ComplaintStatus status) {
        return new PublicTerm(status.name(), status.label());
    }

    static PublicTerm category(ComplaintCategory category) {
        return new PublicTerm(category.name(), category.label());
    }

    static PublicTerm finding(Finding finding) {
        return finding == null ? null : new PublicTerm(finding.name(), finding.label());
    }

    static PublicTerm action(String code) {
        return new PublicTerm(code, ACTIONS.getOrDefault(code, code));
    }

    static PublicTerm role(String code) {
        return new PublicTerm(code, ROLES.getOrDefault(code, code));
    }

    /** The assignee as colleagues see them; an account no longer on staff keeps its id as its name. */
    static StaffMember assignee(String id, Map<String, StaffMember> members) {
        if (id == null) {
            return null;
        }
        StaffMember member = members.get(id);
        return member != null ? member : new StaffMember(id, id, id);
    }
}
