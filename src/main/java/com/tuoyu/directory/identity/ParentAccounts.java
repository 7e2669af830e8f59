package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;
import lombok.AccessLevel;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Finds a parent's account by a verified identity (WeChat or phone), creating it on first sign-in. Phone numbers
 * and WeChat ids are sealed in their columns; they are found by their blind indexes.
 */
@ApplicationScoped
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ParentAccounts {

    private final AccountRepository accounts;
    private final PersonalDataCipher cipher;
    private final CurrentPrivacyNotice notice;
    private final Clock clock;

    /**
     * Sign-in records the privacy notice version accepted (PIPL art. 14: consent is explicit, so a sign-in without it is
     * refused rather than taken as acceptance; the app shows the notice and signs in again, nothing spent).
     */
    Uni<Void> requireCurrentNotice(String version) {
        String current = notice.version();
        if (current.equals(version)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().failure(new ProblemException(ProblemType.NOTICE_NOT_ACCEPTED, Text.of(
                "请先阅读并同意隐私政策（GET /api/v1/privacy/notice，当前版本 " + current + "），再带上 noticeVersion=" + current
                        + " 重新登录。",
                "Show the privacy notice (GET /api/v1/privacy/notice, current version " + current + ") and sign in again with "
                        + "noticeVersion=" + current + " once the parent accepts it.")));
    }

    void accepted(Account account, String version) {
        if (!version.equals(account.noticeVersion)) {
            account.noticeVersion = version;
            account.noticeAcceptedAt = clock.instant();
        }
    }

    /** By unionid when WeChat gives one (it links the mini-program with the app), else by openid. */
    Uni<Account> byWeChat(String openid, String unionid) {
        return findByWeChat(openid, unionid).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            return accounts.insertParentIfAbsent(UUID.randomUUID(), null, sealed(openid), sealed(unionid), clock.instant())
                    .chain(() -> findByWeChat(openid, unionid));
        }).map(account -> {
            if (account.wechatOpenid == null) {
                account.wechatOpenid = openid;
                account.wechatOpenidIndex = cipher.index(openid);
            }
            if (unionid != null && account.wechatUnionid == null) {
                account.wechatUnionid = unionid;
                account.wechatUnionidIndex = cipher.index(unionid);
            }
            return account;
        });
    }

    Uni<Account> byPhone(String phone) {
        return byPhoneIfAny(phone).chain(found -> found != null ? Uni.createFrom().item(found)
                : accounts.insertParentIfAbsent(UUID.randomUUID(), sealed(phone), null, null, clock.instant())
                        .chain(() -> byPhoneIfAny(phone)));
    }

    Uni<Account> byPhoneIfAny(String phone) {
        return accounts.find("phoneIndex", cipher.index(phone)).firstResult();
    }

    Uni<Account> byOpenidIfAny(String openid) {
        return accounts.find("wechatOpenidIndex", cipher.index(openid)).firstResult();
    }

    /** Sets a verified phone number (null removes it) with its index. */
    void setPhone(Account account, String phone) {
        account.phone = phone;
        account.phoneIndex = cipher.index(phone);
    }

    void setWeChat(Account account, String openid, String unionid) {
        account.wechatOpenid = openid;
        account.wechatOpenidIndex = cipher.index(openid);
        if (unionid != null) {
            account.wechatUnionid = unionid;
            account.wechatUnionidIndex = cipher.index(unionid);
        }
    }

    String phoneIndex(String phone) {
        return cipher.index(phone);
    }

    private Uni<Account> findByWeChat(String openid, String unionid) {
        Uni<Account> byOpenid = byOpenidIfAny(openid);
        return unionid == null ? byOpenid : accounts.find("wechatUnionidIndex", cipher.index(unionid)).firstResult()
                .chain(found -> found != null ? Uni.createFrom().item(found) : byOpenid);
    }

    private AccountRepository.Sealed sealed(String value) {
        return value == null ? null : new AccountRepository.Sealed(cipher.seal(value), cipher.index(value));
    }

    Instant now() {
        return clock.instant();
    }
}
