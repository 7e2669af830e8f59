package com.tuoyu.directory.identity;

import com.tuoyu.directory.identity.dto.StaffMember;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff accounts as other features need them: who may be assigned work in a county, and names for ids. */
@ApplicationScoped
@RequiredArgsConstructor
public class StaffDirectory {

    private final AccountRepository accounts;

    /**
     * Enabled handlers whose districts cover the county, by name. Staff accounts number in the hundreds, so the
     * scope check (a province covers its counties) is done here rather than in SQL over the divisions column.
     */
    @WithSession
    public Uni<List<StaffMember>> handlersCovering(String divisionCode) {
        return accounts.list("kind = ?1 and enabled = true", AccountKind.STAFF).map(list -> list.stream()
                .filter(a -> a.roles.contains(Role.HANDLER) && Caller.covers(a.divisions, divisionCode))
                .map(StaffDirectory::member)
                .sorted(Comparator.comparing(StaffMember::name).thenComparing(StaffMember::id))
                .toList());
    }

    /** Enabled supervisors whose districts cover the county (a city supervisor covers its counties), by name. */
    @WithSession
    public Uni<List<StaffMember>> supervisorsCovering(String divisionCode) {
        return accounts.list("kind = ?1 and enabled = true", AccountKind.STAFF).map(list -> list.stream()
                .filter(a -> a.roles.contains(Role.SUPERVISOR) && Caller.covers(a.divisions, divisionCode))
                .map(StaffDirectory::member)
                .sorted(Comparator.comparing(StaffMember::name).thenComparing(StaffMember::id))
                .toList());
    }

    /** Staff members by account id; ids that are not staff accounts (parents, unknown) are left out. */
    @WithSession
    public Uni<Map<String, StaffMember>> members(Collection<String> ids) {
        List<UUID> uuids = ids.stream().filter(Objects::nonNull).distinct().map(StaffDirectory::uuid)
                .filter(Objects::nonNull).toList();
        if (uuids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return accounts.list("kind = ?1 and id in ?2", AccountKind.STAFF, uuids).map(list -> list.stream()
                .map(StaffDirectory::member).collect(Collectors.toMap(StaffMember::id, Function.identity())));
    }

    private static StaffMember member(Account account) {
        String name = account.displayName == null || account.displayName.isBlank() ? account.username : account.displayName;
        return new StaffMember(account.id.toString(), name, account.username);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
