package com.tuoyu.directory.identity;

import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Finds a parent's account by a verified identity (WeChat or phone), creating it on first sign-in. */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ParentAccounts {

    private final AccountRepository accounts;
    private final Clock clock;

    /** By unionid when WeChat gives one (it links the mini-program with the app), else by openid. */
    Uni<Account> byWeChat(String openid, String unionid) {
        return findByWeChat(openid, unionid).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            return accounts.insertParentIfAbsent(UUID.randomUUID(), null, openid, unionid, clock.instant())
                    .chain(() -> findByWeChat(openid, unionid));
        }).map(account -> {
            if (account.wechatOpenid == null) {
                account.wechatOpenid = openid;
            }
            if (unionid != null && account.wechatUnionid == null) {
                account.wechatUnionid = unionid;
            }
            return account;
        });
    }

    Uni<Account> byPhone(String phone) {
        return accounts.find("phone", phone).firstResult().chain(found -> found != null ? Uni.createFrom().item(found)
                : accounts.insertParentIfAbsent(UUID.randomUUID(), phone, null, null, clock.instant())
                        .chain(() -> accounts.find("phone", phone).firstResult()));
    }

    private Uni<Account> findByWeChat(String openid, String unionid) {
        Uni<Account> byOpenid = accounts.find("wechatOpenid", openid).firstResult();
        return unionid == null ? byOpenid : accounts.find("wechatUnionid", unionid).firstResult()
                .chain(found -> found != null ? Uni.createFrom().item(found) : byOpenid);
    }

    Instant now() {
        return clock.instant();
    }
}
