-- Vacancy alerts (issue #18 point 3): a parent asks to hear when a place opens at a saved nursery (kind NURSERY) or
-- at any listed nursery within a circle (kind AREA, WGS-84), for one child's age and one care type. The child is
-- kept only as a birth month (the first day of it), so the age moves with time; no name, no exact birthday.
-- parent_id is the token subject, as in saved_nursery.parent_id. wechat_consents counts the one-time subscription
-- consents (wx.requestSubscribeMessage accepted for the vacancy template) not yet spent: each WeChat message spends one.
create table vacancy_alert (
    id                 uuid primary key,
    parent_id          text             not null,
    kind               text             not null check (kind in ('NURSERY', 'AREA')),
    nursery_id         uuid references nursery (id),
    latitude           double precision,
    longitude          double precision,
    radius_metres      integer,
    child_birth_month  date             not null,
    care_type          text             not null,
    wechat_consents    integer          not null default 0 check (wechat_consents >= 0),
    created_at         timestamptz      not null,
    expires_at         timestamptz      not null,
    constraint vacancy_alert_target check (
        (kind = 'NURSERY' and nursery_id is not null and latitude is null)
        or (kind = 'AREA' and nursery_id is null and latitude is not null and longitude is not null and radius_metres > 0))
);
create index vacancy_alert_parent on vacancy_alert (parent_id, created_at desc);
create index vacancy_alert_nursery on vacancy_alert (nursery_id, expires_at) where kind = 'NURSERY';
create index vacancy_alert_area on vacancy_alert (latitude, expires_at) where kind = 'AREA';

-- Per nursery, the age groups that had a free place when the alerts last looked, with the as-of date of that report
-- (e.g. 'TODDLER=2026-12-06,INFANT=2026-11-30'), so "a place opens" is judged against what was known before and a
-- repeated announcement finds nothing new.
create table vacancy_alert_state (
    nursery_id   uuid primary key,
    open_groups  text        not null,
    updated_at   timestamptz not null
);

-- One row per alert message decided: claimed (SENDING) before it is sent, on its own connection, then its outcome.
-- A subscription gets at most one message a Beijing day: the partial unique index holds one sent (or in-doubt)
-- message per alert and day. outcome: SENDING, SENT, UNCERTAIN (a process died while sending; not sent again),
-- DAILY_LIMIT, ENDED (unsubscribed or expired before sending), NO_CONSENT, REFUSED, NO_CHANNEL, NO_TEMPLATE.
-- No personal data: ids, the day and the channel only.
create table vacancy_alert_delivery (
    id               bigint generated always as identity primary key,
    outbox_event_id  bigint      not null unique,
    alert_id         uuid        not null,
    nursery_id       uuid        not null,
    day              date        not null,
    channel          text,
    outcome          text        not null,
    claimed_at       timestamptz not null,
    recorded_at      timestamptz
);
create unique index vacancy_alert_delivery_daily on vacancy_alert_delivery (alert_id, day)
    where outcome in ('SENDING', 'SENT', 'UNCERTAIN');
create index vacancy_alert_delivery_alert on vacancy_alert_delivery (alert_id, recorded_at desc);
