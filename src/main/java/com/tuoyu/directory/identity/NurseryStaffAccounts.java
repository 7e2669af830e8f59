package com.tuoyu.directory.identity;

import com.tuoyu.directory.identity.dto.AdminAccount;
import com.tuoyu.directory.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Accounts of a nursery's own staff (role NURSERY), bound to one nursery id. Whether the officer creating one may act
 * for that nursery is the caller's check (identity knows nurseries only as ids); the sign-in, lockout and session
 * rules are those of every staff account.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NurseryStaffAccounts {

    private static final Logger LOG = Logger.getLogger(NurseryStaffAccounts.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final PasswordRules passwordRules;
    private final Clock clock;

    /** Creates an enabled NURSERY account for the nursery; {@code county} is kept so officers see where it belongs. */
    public Uni<AdminAccount> create(UUID nurseryId, String county, String username, String password, String displayName) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        passwordRules.check(name, password);
        return hasher.hash(password).chain(hash -> Panache.withTransaction(() -> accounts.count("username", name)
                .chain(taken -> {
                    if (taken > 0) {
                        return Uni.createFrom().failure(ProblemException.conflict(
                                "用户名 '" + name + "' 已被占用。", "The username '" + name + "' is taken."));
                    }
                    Instant now = clock.instant();
                    Account account = new Account();
                    account.id = UUID.randomUUID();
                    account.kind = AccountKind.STAFF;
                    account.username = name;
                    account.passwordHash = hash;
                    account.displayName = displayName;
                    account.roles = EnumSet.of(Role.NURSERY);
                    account.divisions = new TreeSet<>(List.of(county));
                    account.nurseryId = nurseryId;
                    account.enabled = true;
                    account.createdAt = now;
                    account.updatedAt = now;
                    return accounts.persist(account).call(created -> passwordRules.remember(created.id, hash));
                })))
                .invoke(account -> LOG.infof("Nursery staff account %s created for nursery %s", account.id, nurseryId))
                .map(AccountAdminService::toAdmin);
    }

    /** The nursery's staff accounts, by username. */
    @WithSession
    public Uni<List<AdminAccount>> list(UUID nurseryId) {
        return accounts.list("nurseryId = ?1 order by username", nurseryId)
                .map(list -> list.stream().map(AccountAdminService::toAdmin).toList());
    }

    /** Disables one of the nursery's accounts and signs it out everywhere; another nursery's account is not found. */
    public Uni<AdminAccount> disable(UUID nurseryId, UUID accountId) {
        return Panache.withTransaction(() -> accounts.lock(accountId).chain(account -> {
            if (account == null || !nurseryId.equals(account.nurseryId)) {
                return Uni.createFrom().failure(ProblemException.notFound("这家托育机构没有账号 " + accountId + "。",
                        "This nursery has no account " + accountId + "."));
            }
            account.enabled = false;
            account.updatedAt = clock.instant();
            return tokens.revokeAll(account.id).replaceWith(account);
        })).map(AccountAdminService::toAdmin);
    }
}
