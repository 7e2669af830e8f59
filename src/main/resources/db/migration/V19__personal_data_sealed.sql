-- Personal data at rest (issue #21 point 4), step 1 of 3: sealed columns (SM4-GCM, 'sm4gcm:<key id>:<base64>') and
-- blind indexes (SM3-HMAC, hex) beside the clear columns. V19_1 (Java: it needs the key) fills them from the clear
-- columns; V19_2 drops the clear columns. The keys are in configuration, never in the database.
alter table account
    add column phone_sealed          text,
    add column phone_index           varchar(64),
    add column wechat_openid_sealed  text,
    add column wechat_openid_index   varchar(64),
    add column wechat_unionid_sealed text,
    add column wechat_unionid_index  varchar(64);

-- Only the index: the code was sent when it was asked for; afterwards the number is needed only to find the code.
alter table sms_code add column phone_index varchar(64);

alter table complaint add column contact_phone_sealed text;

alter table visit_request add column phone_sealed text;

-- Parents' rights, consent and retention (points 1-3).
-- The privacy notice version a parent accepted at sign-in, and when; consent to notifications (WeChat and SMS notices,
-- vacancy alerts) withdrawn at; the notice of deletion for inactivity sent at.
alter table account
    add column notice_version          varchar(20),
    add column notice_accepted_at      timestamptz,
    add column notifications_withdrawn_at timestamptz,
    add column inactivity_notice_at    timestamptz,
    add column last_active_at          timestamptz;
update account set last_active_at = updated_at where kind = 'PARENT';

-- A deleted parent's complaints stay (the authority's record-keeping duty) without the link to them.
alter table complaint alter column parent_id drop not null;
-- Separate consent to sensitive personal information (PIPL art. 29) when the complaint is about a child's health,
-- injury or safety; when the reporter's contact data was purged under the retention schedule.
alter table complaint
    add column sensitive_consent_at timestamptz,
    add column contact_purged_at    timestamptz;
