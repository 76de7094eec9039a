-- Complaints and reports from the public (投诉举报, seeds 001, 003): filed without a token, followed with the
-- tracking number and its secret (kept only as a hash), routed to the agency concerned, answered within a number
-- of working days. Contact data is kept for the staff handling it and never shown publicly.
create table complaint (
    tracking_number        varchar(24)   primary key,
    secret_hash            varchar(64)   not null,
    kind                   varchar(20)   not null,
    region_code            varchar(6)    not null,
    agency_code            varchar(9),
    subject                varchar(200)  not null,
    content                varchar(4000) not null,
    occurred_on            date,
    place                  varchar(200),
    officer_credential     varchar(40),
    violation_item         varchar(40),
    contact_name           varchar(50),
    contact_phone          varchar(30),
    received_at            timestamptz   not null,
    due_on                 date          not null,
    status                 varchar(20)   not null,
    answer                 varchar(4000),
    outcome                varchar(30),
    answered_by            varchar(100),
    answered_at            timestamptz,
    answered_in_time       boolean,
    case_id                varchar(36),
    ledger_entry_id        varchar(36),
    overdue_published_on   date,
    version                bigint        not null default 0
);
create index complaint_region on complaint (region_code, status, due_on, tracking_number);
create index complaint_agency on complaint (agency_code, status, due_on, tracking_number);
create index complaint_open_due on complaint (due_on) where status <> 'ANSWERED';

-- Every step of a complaint's handling, for the record.
create table complaint_step (
    id                bigserial     primary key,
    tracking_number   varchar(24)   not null references complaint (tracking_number),
    step              varchar(30)   not null,
    actor             varchar(100)  not null,
    note              varchar(4000),
    at                timestamptz   not null
);
create index complaint_step_complaint on complaint_step (tracking_number, id);
