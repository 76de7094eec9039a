-- Tables of the shared runtime, in every service's database. Versions are dates so that platform
-- and service migrations interleave in the order they were written.

-- Transactional outbox: events committed with the change they report, relayed to Kafka in id order.
create table outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(200) not null,
    event_type    varchar(200) not null,
    source        varchar(200) not null,
    payload       text        not null,
    occurred_at   timestamptz not null,
    sent_at       timestamptz,
    attempts      integer     not null default 0,
    last_error    varchar(1000)
);
create index outbox_event_pending on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Idempotent consumption: one row per event a consumer has applied, written with the effect.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(200) not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);

-- Idempotency-Key of commands: the first response, replayed for a retry with the same key and body.
create table idempotency_record (
    caller        varchar(200) not null,
    idem_key      varchar(255) not null,
    fingerprint   varchar(64)  not null,
    status        integer,
    body          text,
    location      varchar(1000),
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    primary key (caller, idem_key)
);
create index idempotency_record_expiry on idempotency_record (expires_at);
