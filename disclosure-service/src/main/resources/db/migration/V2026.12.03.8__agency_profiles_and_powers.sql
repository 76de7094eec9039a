-- Before enforcement (事前公开): each agency's profile, versioned so that the public sees what was in force
-- on a given day, and the list of powers (权责清单) fed from case-service's violation catalogue.
create table agency_profile (
    agency_code          varchar(9)    not null,
    effective_from       date          not null,
    region_code          varchar(6)    not null,
    name                 varchar(200)  not null,
    duties               varchar(4000) not null,
    legal_basis          varchar(2000) not null,
    enforcement_fields   varchar(40)[] not null,
    procedures           varchar(4000) not null,
    time_limits          varchar(2000) not null,
    reconsideration_body varchar(200)  not null,
    court                varchar(200)  not null,
    complaint_phone      varchar(40)   not null,
    complaint_mail       varchar(200),
    complaint_address    varchar(300),
    recorded_by          varchar(100)  not null,
    recorded_at          timestamptz   not null,
    primary key (agency_code, effective_from)
);

create table enforcement_power (
    code               varchar(20)   primary key,
    name               varchar(200)  not null,
    enforcement_field  varchar(40)   not null,
    illegal_act_basis  varchar(300)  not null,
    penalty_basis      varchar(300)  not null,
    measure            varchar(50)   not null,
    tiers              jsonb         not null,
    published_at       timestamptz   not null
);
create index enforcement_power_field on enforcement_power (enforcement_field, code);
