package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a staff password must be (GB/T 22239-2019 level 3, 8.1.4.1): long enough ({@code min-length}, at least the
 * 12 the API's validation asks), not among the commonest passwords of public breach corpora (a list shipped with the
 * service, README "Staff accounts and audit" names its source), not containing the username, and not one of the
 * account's last {@code history} passwords.
 */
@ApplicationScoped
@RequiredArgsConstructor
class PasswordRules {

    static final String COMMON_PASSWORDS = "identity/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private final PasswordHasher hasher;
    private final StaffPasswordHistoryRepository history;
    private final IdentityConfig config;
    private final Clock clock;

    /** Fails with a 400 naming the rule a new password breaks; the history is checked separately ({@link #notReused}). */
    void check(String username, String password) {
        if (password.length() < config.passwords().minLength()) {
            throw ProblemException.invalidParameter("password", "密码至少需要 " + config.passwords().minLength() + " 个字符",
                    "must be at least " + config.passwords().minLength() + " characters");
        }
        if (isCommon(password)) {
            throw ProblemException.invalidParameter("password", "这个密码出现在已泄露的常用密码列表中，请换一个",
                    "appears in a list of common breached passwords; choose another");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalidParameter("password", "密码不能包含用户名", "must not contain the username");
        }
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Fails with a 400 when the password is one of the account's last {@code history} passwords. */
    Uni<Void> notReused(UUID accountId, String password) {
        return history.find("accountId = ?1 order by createdAt desc", accountId).page(0, config.passwords().history()).list()
                .chain(previous -> Multi.createFrom().iterable(previous)
                        .onItem().transformToUniAndConcatenate(old -> hasher.verify(password, old.passwordHash))
                        .collect().asList())
                .chain(matches -> matches.contains(true)
                        ? Uni.createFrom().failure(ProblemException.invalidParameter("password",
                        "不能使用最近 " + config.passwords().history() + " 次用过的密码",
                        "must not be one of the last " + config.passwords().history() + " passwords"))
                        : Uni.createFrom().voidItem());
    }

    /** Keeps the new hash and forgets those older than the last {@code history}; inside the caller's transaction. */
    Uni<Void> remember(UUID accountId, String hash) {
        StaffPasswordHistory entry = new StaffPasswordHistory();
        entry.id = UUID.randomUUID();
        entry.accountId = accountId;
        entry.passwordHash = hash;
        entry.createdAt = clock.instant();
        return history.persist(entry).chain(() -> history.find("accountId = ?1 order by createdAt desc", accountId).list())
                .chain(all -> {
                    List<UUID> old = all.stream().skip(config.passwords().history()).map(h -> h.id).toList();
                    return old.isEmpty() ? Uni.createFrom().voidItem()
                            : history.delete("id in ?1", old).replaceWithVoid();
                });
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
