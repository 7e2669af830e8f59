-- One row per outbox event handed to the parent notifier: a retry of the outbox never notifies a parent twice.
-- outcome: SENDING (claimed, send in progress), SENT, LOGGED, NO_WECHAT, REFUSED, NO_TEMPLATE, or UNCERTAIN (a
-- process died while sending; not sent again). No personal data: the complaint's id only.
create table complaint_notification (
    outbox_event_id bigint primary key,
    complaint_id    uuid,
    outcome         text        not null,
    claimed_at      timestamptz not null,
    recorded_at     timestamptz
);
create index complaint_notification_complaint_idx on complaint_notification (complaint_id);
