package com.tuoyu.directory.identity;

import com.tuoyu.directory.platform.crypto.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/** Someone who can sign in: a staff member of the admin console or a parent. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AccountKind kind;

    /** Staff only; lower case. */
    public String username;

    /** Argon2id in PHC form; staff only. */
    public String passwordHash;

    public String displayName;

    @Convert(converter = RolesConverter.class)
    public Set<Role> roles;

    /** GB/T 2260 codes the account is scoped to; a city or province code covers the divisions below it. */
    @Convert(converter = DivisionsConverter.class)
    public SortedSet<String> divisions;

    /** NURSERY staff only: the one nursery the account acts for (a plain id: identity knows nothing of nurseries). */
    public UUID nurseryId;

    /**
     * Parents: mainland mobile number, once verified by an SMS code. Sealed in its column (SM4); found by
     * {@link #phoneIndex}, which whoever sets the phone sets too (ParentAccounts.setPhone).
     */
    @Convert(converter = SealedText.class)
    @Column(name = "phone_sealed")
    public String phone;

    public String phoneIndex;

    @Convert(converter = SealedText.class)
    @Column(name = "wechat_openid_sealed")
    public String wechatOpenid;

    public String wechatOpenidIndex;

    @Convert(converter = SealedText.class)
    @Column(name = "wechat_unionid_sealed")
    public String wechatUnionid;

    public String wechatUnionidIndex;

    /** Parents: the privacy notice version accepted at the latest sign-in, and when. */
    public String noticeVersion;

    public Instant noticeAcceptedAt;

    /** Parents: consent to notifications (WeChat and SMS notices, vacancy alerts) withdrawn at; null while given. */
    public Instant notificationsWithdrawnAt;

    /** Parents: when the notice of deletion for inactivity was sent (retention). */
    public Instant inactivityNoticeAt;

    /** Parents: the latest sign-in or token refresh; inactivity counts from here. */
    public Instant lastActiveAt;

    public boolean enabled;

    public int failedSignIns;

    public int lockouts;

    public Instant lockedUntil;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
