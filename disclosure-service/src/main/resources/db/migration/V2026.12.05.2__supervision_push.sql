-- Signed push of the supervision feed (webhooks) to addresses the operator allowed: a partner's subscriptions,
-- each with its position in the feed, and every delivery attempt.
create table feed_subscription (
    subscription_id  varchar(36)   primary key,
    partner          varchar(200)  not null,
    url              varchar(500)  not null,
    kinds            varchar(2000) not null,
    region_code      varchar(6)    not null,
    secret           varchar(64)   not null,
    status           varchar(20)   not null,
    position         bigint        not null,
    failures         integer       not null,
    next_attempt_at  timestamptz   not null,
    created_at       timestamptz   not null
);
create index feed_subscription_due on feed_subscription (next_attempt_at) where status = 'ACTIVE';

create table feed_delivery (
    id               bigserial     primary key,
    subscription_id  varchar(36)   not null references feed_subscription (subscription_id) on delete cascade,
    attempted_at     timestamptz   not null,
    from_position    bigint        not null,
    to_position      bigint        not null,
    entries          integer       not null,
    status_code      integer,
    error            varchar(500),
    millis           integer       not null
);
create index feed_delivery_subscription on feed_delivery (subscription_id, id desc);
