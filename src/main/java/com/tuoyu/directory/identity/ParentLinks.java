package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.identity.dto.Me;
import com.tuoyu.directory.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * One parent, one account: a parent signed in with WeChat links their phone (proven by an SMS code), or one signed
 * in by phone links WeChat (proven by a login code). An identity already on another account is a conflict; accounts
 * are not merged, since each may own complaints.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ParentLinks {

    private final AccountRepository accounts;
    private final ParentAccounts parents;
    private final SmsSignInService sms;
    private final WeChatSignInService wechat;

    @WithSession
    public Uni<Me> me(UUID accountId) {
        return accounts.findById(accountId).onItem().ifNull().failWith(ParentLinks::gone).map(ParentLinks::toMe);
    }

    public Uni<Me> linkPhone(UUID accountId, String phone, String code) {
        return sms.verifyThen(phone, code, () -> parents.byPhoneIfAny(phone).chain(holder -> {
            if (holder != null && !holder.id.equals(accountId)) {
                return Uni.createFrom().failure(ProblemException.conflict("这个手机号码已属于另一个账号；请直接用它登录。",
                        "This phone number already belongs to another account; sign in with it instead."));
            }
            return parent(accountId).map(account -> {
                parents.setPhone(account, phone);
                account.updatedAt = sms.now();
                return toMe(account);
            });
        }));
    }

    public Uni<Me> linkWeChat(UUID accountId, String code) {
        return wechat.session(code).chain(session -> Panache.withTransaction(() -> parents.byOpenidIfAny(session.openid())
                .chain(holder -> {
                    if (holder != null && !holder.id.equals(accountId)) {
                        return Uni.createFrom().failure(ProblemException.conflict("这个微信用户已有另一个账号；请直接用微信登录。",
                                "This WeChat user already has another account; sign in with WeChat instead."));
                    }
                    return parent(accountId).map(account -> {
                        parents.setWeChat(account, session.openid(), session.unionid());
                        account.updatedAt = sms.now();
                        return toMe(account);
                    });
                })));
    }

    private Uni<Account> parent(UUID accountId) {
        return accounts.lock(accountId).onItem().ifNull().failWith(ParentLinks::gone)
                .chain(account -> account.kind == AccountKind.PARENT ? Uni.createFrom().item(account)
                        : Uni.createFrom().failure(ProblemException.conflict("只有家长账号可以绑定手机或微信。",
                                "Only parents' accounts link a phone or WeChat.")));
    }

    private static ProblemException gone() {
        return new ProblemException(com.tuoyu.directory.platform.problem.ProblemType.UNAUTHORIZED,
                com.tuoyu.directory.platform.text.Text.of("这个访问令牌所属的账号已不存在。",
                        "The account of this access token no longer exists."));
    }

    static Me toMe(Account account) {
        return new Me(account.id.toString(), account.kind.name(), account.username,
                account.roles.stream().map(Enum::name).sorted().toList(), java.util.List.copyOf(account.divisions),
                account.phone == null ? null : PhoneNumbers.mask(account.phone), account.wechatOpenid != null);
    }
}
