package com.tuoyu.directory.complaint;

import com.tuoyu.directory.identity.Role;
import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.platform.text.Text;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The complaint's codes with the Chinese labels people read next to them. */
final class ComplaintTerms {

    /** Every step a complaint's history can record: the handlers' actions, the parent's, and the submission. */
    private static final Map<String, Text> ACTIONS = Stream.concat(
                    Stream.concat(Arrays.stream(HandlerAction.values()).map(a -> Map.entry(a.name(), a.text())),
                            Arrays.stream(ParentAction.values()).map(a -> Map.entry(a.name(), a.text()))),
                    Stream.of(Map.entry("SUBMIT", Text.of("提交投诉", "Complaint submitted"))))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private ComplaintTerms() {
    }

    static PublicTerm status(ComplaintStatus status) {
        return status.term();
    }

    static PublicTerm category(ComplaintCategory category) {
        return category.term();
    }

    static PublicTerm finding(Finding finding) {
        return finding == null ? null : finding.term();
    }

    static PublicTerm action(String code) {
        return new PublicTerm(code, ACTIONS.getOrDefault(code, Text.of(code, code)));
    }

    static PublicTerm role(String code) {
        // The roles' labels are identity's; a step the service took itself (SYSTEM) has no account role.
        Text label = Arrays.stream(Role.values()).filter(r -> r.name().equals(code)).map(Role::text).findFirst()
                .orElse("SYSTEM".equals(code) ? Text.of("系统", "System") : Text.of(code, code));
        return new PublicTerm(code, label);
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
