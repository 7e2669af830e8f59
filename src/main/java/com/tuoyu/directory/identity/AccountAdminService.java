package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.identity.dto.AdminAccount;
import com.tuoyu.directory.identity.dto.AdminAccountCreate;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/** Staff accounts: created, disabled, re-scoped, re-roled and given new passwords by an ADMIN. */
@ApplicationScoped
@RequiredArgsConstructor
public class AccountAdminService {

    private static final Logger LOG = Logger.getLogger(AccountAdminService.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final DivisionService divisionService;
    private final PasswordRules passwordRules;
    private final SecondFactors secondFactors;
    private final Clock clock;

    @WithSession
    public Uni<List<AdminAccount>> list() {
        return accounts.list("kind = ?1 order by username", AccountKind.STAFF)
                .map(list -> list.stream().map(AccountAdminService::toAdmin).toList());
    }

    @WithSession
    public Uni<AdminAccount> get(UUID id) {
        return staff(id).map(AccountAdminService::toAdmin);
    }

    public Uni<AdminAccount> create(AdminAccountCreate request) {
        String username = request.username().trim().toLowerCase(Locale.ROOT);
        Set<Role> roles = staffRoles(request.roles());
        passwordRules.check(username, request.password());
        return hasher.hash(request.password()).chain(hash -> Panache.withTransaction(() -> validDivisions(request.divisions())
                .chain(divisions -> accounts.count("username", username).chain(taken -> {
                    if (taken > 0) {
                        return Uni.createFrom().failure(ProblemException.conflict(
                                "用户名 '" + username + "' 已被占用。", "The username '" + username + "' is taken."));
                    }
                    Instant now = clock.instant();
                    Account account = new Account();
                    account.id = UUID.randomUUID();
                    account.kind = AccountKind.STAFF;
                    account.username = username;
                    account.passwordHash = hash;
                    account.displayName = request.displayName();
                    account.roles = roles;
                    account.divisions = divisions;
                    account.enabled = true;
                    account.createdAt = now;
                    account.updatedAt = now;
                    return accounts.persist(account).call(created -> passwordRules.remember(created.id, hash));
                }))))
                .invoke(account -> LOG.infof("Staff account %s created with roles %s", account.id, account.roles))
                .map(AccountAdminService::toAdmin);
    }

    /** Disables an account and signs out all its sessions; the last enabled ADMIN cannot be disabled. */
    public Uni<AdminAccount> disable(UUID id, UUID actingAdmin) {
        if (id.equals(actingAdmin)) {
            return Uni.createFrom().failure(ProblemException.conflict("不能停用你自己的账号。", "You cannot disable your own account."));
        }
        return change(id, account -> {
            if (!account.enabled) {
                return Uni.createFrom().item(account);
            }
            return keepsAnAdmin(account, EnumSet.noneOf(Role.class), false).chain(() -> {
                account.enabled = false;
                return tokens.revokeAll(account.id).replaceWith(account);
            });
        });
    }

    public Uni<AdminAccount> enable(UUID id) {
        return change(id, account -> {
            account.enabled = true;
            return Uni.createFrom().item(account);
        });
    }

    /** New divisions take effect with the account's next sign-in or refresh (at most one access-token lifetime). */
    public Uni<AdminAccount> rescope(UUID id, List<String> divisions) {
        return change(id, account -> validDivisions(divisions).map(valid -> {
            account.divisions = valid;
            return account;
        }));
    }

    public Uni<AdminAccount> changeRoles(UUID id, Collection<Role> requested) {
        Set<Role> roles = staffRoles(requested);
        return change(id, account -> account.nurseryId != null ? Uni.createFrom().failure(ProblemException.conflict(
                "这是托育机构的账号，只能有 NURSERY 角色。", "This is a nursery's account; it has the NURSERY role only."))
                : keepsAnAdmin(account, roles, account.enabled).map(ignored -> {
            account.roles = roles;
            return account;
        }));
    }

    /**
     * Sets a new password (the rules of {@link PasswordRules}, and none of the account's last few), lifts any lock and
     * signs the account out everywhere.
     */
    public Uni<AdminAccount> resetPassword(UUID id, String password) {
        return Panache.withSession(() -> staff(id).chain(found -> {
            passwordRules.check(found.username, password);
            return passwordRules.notReused(found.id, password);
        })).chain(() -> hasher.hash(password)).chain(hash -> change(id, account -> {
            account.passwordHash = hash;
            account.failedSignIns = 0;
            account.lockouts = 0;
            account.lockedUntil = null;
            return passwordRules.remember(account.id, hash)
                    .chain(() -> tokens.revokeAll(account.id)).replaceWith(account);
        }));
    }

    /**
     * Forgets the account's authenticator app and recovery codes (a lost or replaced phone) and signs it out
     * everywhere: its next sign-in enrols a new app.
     */
    public Uni<AdminAccount> resetSecondFactor(UUID id) {
        return change(id, account -> secondFactors.reset(account.id)
                .chain(() -> tokens.revokeAll(account.id)).replaceWith(account))
                .invoke(account -> LOG.infof("Second factor of staff account %s reset", account.id()));
    }

    /**
     * Creates the first ADMIN unless an enabled one exists; answers whether it did. Replicas starting together
     * may race: the username's unique constraint lets only one through.
     */
    Uni<Boolean> bootstrapAdmin(String username, String password, List<String> divisions, String totpSecret) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        return hasher.hash(password).chain(hash -> Panache.withTransaction(() -> accounts
                .countEnabledAdmins(null)
                .chain(admins -> {
                    if (admins > 0) {
                        return Uni.createFrom().item(false);
                    }
                    Uni<List<String>> scope = divisions.isEmpty()
                            ? divisionService.children(null).map(provinces -> provinces.stream().map(p -> p.code()).toList())
                            : Uni.createFrom().item(divisions);
                    return scope.chain(this::validDivisions).chain(valid -> accounts.find("username", name).firstResult()
                            .chain(existing -> {
                                Instant now = clock.instant();
                                Account account = existing != null ? existing : new Account();
                                if (existing == null) {
                                    account.id = UUID.randomUUID();
                                    account.kind = AccountKind.STAFF;
                                    account.username = name;
                                    account.displayName = "Administrator";
                                    account.createdAt = now;
                                    account.roles = EnumSet.noneOf(Role.class);
                                }
                                account.roles.add(Role.ADMIN);
                                account.roles = EnumSet.copyOf(account.roles);
                                account.passwordHash = hash;
                                account.divisions = valid;
                                account.enabled = true;
                                account.updatedAt = now;
                                Uni<Account> saved = existing != null ? Uni.createFrom().item(account) : accounts.persist(account);
                                return saved.call(admin -> totpSecret == null ? Uni.createFrom().voidItem()
                                        : secondFactors.enrolWith(admin.id, totpSecret)).replaceWith(true);
                            }));
                })));
    }

    /** Creates a staff account for the local run unless its username exists; answers whether it did. */
    Uni<Boolean> ensureDemoAccount(String username, String password, Set<Role> roles, List<String> divisions,
                                   String totpSecret) {
        return hasher.hash(password).chain(hash -> Panache.withTransaction(() -> accounts.count("username", username)
                .chain(existing -> {
                    if (existing > 0) {
                        return Uni.createFrom().item(false);
                    }
                    return validDivisions(divisions).chain(valid -> {
                        Instant now = clock.instant();
                        Account account = new Account();
                        account.id = UUID.randomUUID();
                        account.kind = AccountKind.STAFF;
                        account.username = username;
                        account.passwordHash = hash;
                        account.displayName = "Demo " + username;
                        account.roles = EnumSet.copyOf(roles);
                        account.divisions = valid;
                        account.enabled = true;
                        account.createdAt = now;
                        account.updatedAt = now;
                        return accounts.persist(account).call(demo -> totpSecret == null ? Uni.createFrom().voidItem()
                                : secondFactors.enrolWith(demo.id, totpSecret)).replaceWith(true);
                    });
                })));
    }

    private Uni<Account> staff(UUID id) {
        return accounts.findById(id).onItem().ifNull().failWith(() -> notFound(id))
                .map(account -> {
                    if (account.kind != AccountKind.STAFF) {
                        throw notFound(id);
                    }
                    return account;
                });
    }

    private Uni<AdminAccount> change(UUID id, Function<Account, Uni<Account>> change) {
        return Panache.withTransaction(() -> accounts.lock(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .chain(account -> {
                    if (account.kind != AccountKind.STAFF) {
                        return Uni.createFrom().failure(notFound(id));
                    }
                    return change.apply(account);
                })
                .invoke(account -> account.updatedAt = clock.instant()))
                .map(AccountAdminService::toAdmin);
    }

    /** Fails with 409 when the change would leave no enabled ADMIN. */
    private Uni<Void> keepsAnAdmin(Account account, Set<Role> newRoles, boolean staysEnabled) {
        boolean losesAdmin = account.enabled && account.roles.contains(Role.ADMIN)
                && !(staysEnabled && newRoles.contains(Role.ADMIN));
        if (!losesAdmin) {
            return Uni.createFrom().voidItem();
        }
        return accounts.countEnabledAdmins(account.id)
                .chain(others -> others > 0 ? Uni.createFrom().voidItem() : Uni.createFrom().failure(
                        ProblemException.conflict("这是最后一个启用的 ADMIN 账号；请先创建另一个 ADMIN。",
                                "This is the last enabled ADMIN account; create another ADMIN first.")));
    }

    private static Set<Role> staffRoles(Collection<Role> requested) {
        if (requested.contains(Role.NURSERY)) {
            throw ProblemException.invalidParameter("roles", "NURSERY 账号由机构所在县的备案人员为该机构创建",
                    "NURSERY accounts are created for their nursery by a filing officer of its county");
        }
        if (requested.contains(Role.PARENT)) {
            throw ProblemException.invalidParameter("roles", "只能是 HANDLER、SUPERVISOR、FILING_OFFICER 或 ADMIN；PARENT 用于家长账号",
                    "may be HANDLER, SUPERVISOR, FILING_OFFICER or ADMIN; PARENT is for parents' accounts");
        }
        return EnumSet.copyOf(requested);
    }

    /** Every code must be a division in the reference data. */
    private Uni<TreeSet<String>> validDivisions(List<String> codes) {
        return Multi.createFrom().iterable(new TreeSet<>(codes))
                .onItem().transformToUniAndConcatenate(code -> divisionService.names(code)
                        .map(names -> names == null ? code : null))
                .filter(java.util.Objects::nonNull)
                .collect().asList()
                .chain(unknown -> {
                    if (!unknown.isEmpty()) {
                        List<FieldText> errors = new ArrayList<>();
                        unknown.forEach(code -> errors.add(FieldText.of("divisions", "未知的行政区划代码 " + code,
                                "unknown division code " + code)));
                        return Uni.createFrom().failure(new ProblemException(ProblemType.VALIDATION, Text.of(
                                "未知的行政区划代码 " + unknown + "；请查看 GET /api/v1/divisions。",
                                "Unknown division codes " + unknown + "; see GET /api/v1/divisions."), errors));
                    }
                    return Uni.createFrom().item(new TreeSet<>(codes));
                });
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("没有工作人员账号 " + id + "。", "There is no staff account " + id + ".");
    }

    static AdminAccount toAdmin(Account account) {
        return new AdminAccount(account.id.toString(), account.username, account.displayName,
                account.roles.stream().map(Enum::name).sorted().toList(), List.copyOf(account.divisions), account.nurseryId,
                account.enabled, account.lockedUntil, account.createdAt, account.updatedAt);
    }
}
