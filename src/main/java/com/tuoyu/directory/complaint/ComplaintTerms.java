package com.tuoyu.directory.complaint;

import com.tuoyu.directory.identity.Role;
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
        // The roles' labels are identity's; a step the service took itself (SYSTEM) has no account role.
        String label = Arrays.stream(Role.values()).filter(r -> r.name().equals(code)).map(Role::label).findFirst()
                .orElse("SYSTEM".equals(code) ? "系统" : code);
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
