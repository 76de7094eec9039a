-- Annual statistics (统计年报): the facts of each case and remedy as case-service publishes them, and each
-- agency's report per year, a draft until the disclosure admin publishes it (figures then frozen).
create table case_fact (
    case_id         varchar(36)   primary key,
    agency_code     varchar(9)    not null,
    region_code     varchar(6)    not null,
    procedure       varchar(20),
    filed_at        timestamptz,
    decided_at      timestamptz,
    penalty_kind    varchar(40),
    amount          numeric(12, 2),
    violation_items varchar(20)[],
    no_penalty_at   timestamptz,
    transferred_at  timestamptz,
    revoked_at      timestamptz
);
create index case_fact_agency on case_fact (agency_code);

create table remedy_fact (
    remedy_id     varchar(36) primary key,
    case_id       varchar(36) not null,
    agency_code   varchar(9)  not null,
    region_code   varchar(6)  not null,
    kind          varchar(20) not null,
    filed_on      date        not null,
    concluded_on  date,
    outcome       varchar(30)
);
create index remedy_fact_agency on remedy_fact (agency_code, filed_on);

create table annual_report (
    agency_code           varchar(9)   not null,
    year                  integer      not null,
    region_code           varchar(6)   not null,
    figures               jsonb,
    published_at          timestamptz,
    published_by          varchar(100),
    overdue_published_at  timestamptz,
    primary key (agency_code, year)
);

-- Whether a record was published by its due date, kept at publication for the statistics' timeliness.
alter table disclosure_record add column published_on_time boolean not null default false;
