-- Personal data at rest, step 3 of 3: V19_1 sealed and indexed every value; the clear columns go. Uniqueness now
-- holds on the blind indexes (equal values, equal indexes).
alter table account
    drop column phone,
    drop column wechat_openid,
    drop column wechat_unionid,
    add constraint account_phone_index_key unique (phone_index),
    add constraint account_wechat_openid_index_key unique (wechat_openid_index),
    add constraint account_wechat_unionid_index_key unique (wechat_unionid_index);

alter table sms_code drop column phone;
alter table sms_code alter column phone_index set not null;
create index sms_code_phone_idx on sms_code (phone_index, created_at desc);

alter table complaint drop column contact_phone;

-- the format check of the clear number goes with its column; the API still checks it before sealing
alter table visit_request drop column phone;
