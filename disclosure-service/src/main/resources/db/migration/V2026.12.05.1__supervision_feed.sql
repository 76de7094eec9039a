-- The supervision feed (执法监督数据推送): every event a supervision platform follows, in the order it was recorded
-- here. Positions are taken under a transaction-level advisory lock (SupervisionFeed.record), so they commit in
-- order and a reader that has seen position n never later finds a smaller one committed.
create table supervision_feed_entry (
    position      bigserial    primary key,
    entry_id      varchar(64)  not null unique,
    kind          varchar(80)  not null,
    source        varchar(40)  not null,
    subject       varchar(64)  not null,
    case_id       varchar(64),
    agency_code   varchar(9)   not null,
    region_code   varchar(6)   not null,
    occurred_at   timestamptz  not null,
    recorded_at   timestamptz  not null,
    data          text         not null
);
create index supervision_feed_entry_region on supervision_feed_entry (region_code, position);
