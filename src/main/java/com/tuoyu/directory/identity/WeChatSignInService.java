package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.text.Text;
import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.identity.dto.TokenPair;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Mini-program sign-in: the service itself asks WeChat who the login code belongs to; an openid sent by the
 * client is never trusted. The parent's account is created on first sign-in.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class WeChatSignInService {

    /** The WeChat identity of the local run's demo parent. */
    static final String DEMO_OPENID = "demo-openid-parent";

    private final WeChatClient wechat;
    private final ParentAccounts parents;
    private final TokenService tokens;
    private final IdentityConfig config;

    public Uni<TokenPair> signIn(String code, String noticeVersion) {
        return parents.requireCurrentNotice(noticeVersion).chain(() -> session(code)).chain(session -> Panache.withTransaction(() -> parents.byWeChat(session.openid(), session.unionid())
                .chain(account -> {
                    if (!account.enabled) {
                        return Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN,
                                Text.of("该账号已停用。", "This account is disabled.")));
                    }
                    account.updatedAt = parents.now();
                    account.lastActiveAt = account.updatedAt;
                    account.inactivityNoticeAt = null;
                    parents.accepted(account, noticeVersion);
                    return tokens.issueNewFamily(account);
                })));
    }

    /** The WeChat identity behind a login code (also used to link WeChat to a signed-in parent). */
    Uni<WeChatSession> session(String code) {
        if (config.wechat().demoCode().filter(code::equals).isPresent()) {
            return Uni.createFrom().item(new WeChatSession(DEMO_OPENID, null));
        }
        return wechat.code2Session(code);
    }
}
