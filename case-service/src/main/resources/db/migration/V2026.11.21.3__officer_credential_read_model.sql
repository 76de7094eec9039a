-- What case-service knows of each enforcement credential, from personnel events (never read from
-- personnel-service's tables): who may act in a case at a given moment.
create table officer_credential (
    credential_number  varchar(14)  primary key,
    officer_id         varchar(36)  not null,
    officer_name       varchar(50)  not null,
    agency_code        varchar(9)   not null,
    region_code        varchar(6)   not null,
    status             varchar(20)  not null,
    valid_from         date         not null,
    valid_to           date         not null,
    last_event_at      timestamptz  not null
);
create index officer_credential_officer on officer_credential (officer_id);
