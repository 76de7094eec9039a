create table officer (
    officer_id          varchar(36)  primary key,
    name                varchar(50)  not null,
    gender              varchar(10)  not null,
    id_number           varchar(18)    not null unique,
    agency_code         varchar(9)    not null,
    region_code         varchar(6)    not null,
    post                varchar(50)  not null,
    enforcement_fields  varchar(40)[] not null,
    registered_at       timestamptz  not null
);
create index officer_agency on officer (agency_code);

create sequence credential_serial;

create table credential (
    credential_number   varchar(14)    primary key,
    officer_id          varchar(36)  not null references officer (officer_id),
    valid_from          date         not null,
    valid_to            date         not null,
    status              varchar(20)  not null,
    issued_at           timestamptz  not null,
    check (valid_to > valid_from)
);
-- At most one active credential per officer.
create unique index credential_one_active on credential (officer_id) where status = 'ACTIVE';
