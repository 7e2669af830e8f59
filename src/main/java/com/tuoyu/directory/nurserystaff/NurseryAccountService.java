package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.identity.NurseryStaffAccounts;
import com.tuoyu.directory.identity.dto.AdminAccount;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nurserystaff.dto.AdminNurseryAccountCreate;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.UUID;

/**
 * Sign-ins for a nursery's own staff, made by a filing officer whose districts hold the nursery (another district's
 * nursery answers 404). Identity keeps the account with the nursery's id; this feature makes sure the id is real.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryAccountService {

    private final NurseriesInScope scope;
    private final NurseryStaffAccounts accounts;
    private final AuditLog audit;

    public Uni<AdminAccount> create(Caller officer, UUID nurseryId, AdminNurseryAccountCreate request) {
        return Panache.withTransaction(() -> scope.disclosedFacts(officer, nurseryId)
                .chain(n -> accounts.create(n.id(), n.divisionCode(), request.username(), request.password(), request.displayName()))
                .call(account -> audit.record(officer, "NURSERY_ACCOUNT_CREATED", "nursery", nurseryId.toString(), null,
                        account.id() + " " + account.username(), null)));
    }

    public Uni<List<AdminAccount>> list(Caller officer, UUID nurseryId) {
        return Panache.withSession(() -> scope.disclosedFacts(officer, nurseryId).chain(n -> accounts.list(nurseryId)));
    }

    public Uni<AdminAccount> disable(Caller officer, UUID nurseryId, UUID accountId) {
        return Panache.withTransaction(() -> scope.disclosedFacts(officer, nurseryId)
                .chain(n -> accounts.disable(nurseryId, accountId))
                .call(account -> audit.record(officer, "NURSERY_ACCOUNT_DISABLED", "nursery", nurseryId.toString(), null,
                        account.id(), null)));
    }
}
