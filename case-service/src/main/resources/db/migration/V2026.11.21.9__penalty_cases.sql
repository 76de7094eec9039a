alter table officer_credential add column username varchar(100);
create index officer_credential_username on officer_credential (username);

-- The working-day calendar (PL 85, CL 69): holidays and make-up working days, as data.
create table calendar_day (
    day          date        primary key,
    kind         varchar(30) not null,
    name         varchar(50) not null,
    provisional  boolean     not null default false
);

-- A penalty case (行政处罚案件) and where it stands in its procedure.
create table penalty_case (
    case_id                  varchar(36)   primary key,
    case_number              varchar(40)   not null unique,
    agency_code              varchar(9)    not null,
    region_code              varchar(6)    not null,
    procedure                varchar(10)   not null,
    source                   varchar(30)   not null,
    status                   varchar(30)   not null,
    party_type               varchar(20)   not null,
    party_name               varchar(200)  not null,
    party_identifier         varchar(18)   not null,
    violation_items          varchar(20)[] not null,
    occurred_on              date          not null,
    act_ended_on             date,
    harmed_life_health_finance boolean     not null,
    place                    varchar(300)  not null,
    facts                    text          not null,
    complex                  boolean       not null default false,
    needs_reassignment       boolean       not null default false,
    filed_at                 timestamptz   not null,
    filing_approved_at       timestamptz,
    proposal_kind            varchar(40),
    proposal_amount          numeric(12,2),
    proposal_reasons         text,
    proposal_tier            varchar(20),
    proposal_outside_range   boolean       not null default false,
    notice_at                timestamptz,
    notice_kind              varchar(40),
    notice_amount            numeric(12,2),
    hearing_rights           boolean       not null default false,
    statement_waived         boolean       not null default false,
    hearing_request_waived   boolean       not null default false,
    hearing_requested_at     timestamptz,
    hearing_settled_at       timestamptz,
    hearing_defaulted        boolean       not null default false,
    review_requested_at      timestamptz,
    review_approved_at       timestamptz,
    decided_at               timestamptz,
    decision_kind            varchar(40),
    decision_amount          numeric(12,2),
    decision_legal_basis     varchar(500),
    served_at                timestamptz,
    service_method           varchar(20),
    payment_due_on           date,
    paid_amount              numeric(12,2) not null default 0,
    late_fee                 numeric(12,2) not null default 0,
    transfer_receiver        varchar(200),
    transfer_attachments     varchar(300)[],
    transfer_accepted        boolean,
    revoked_at               timestamptz,
    extensions               integer       not null default 0,
    closed_at                timestamptz,
    archived_at              timestamptz,
    version                  bigint        not null default 0
);
create index penalty_case_agency_filed on penalty_case (agency_code, filed_at desc, case_id);
create index penalty_case_status on penalty_case (status);

create table case_officer (
    case_id            varchar(36) not null references penalty_case (case_id),
    credential_number  varchar(14) not null,
    primary key (case_id, credential_number)
);
create index case_officer_credential on case_officer (credential_number);

-- Every act on the case: who, when, on what basis.
create table case_timeline (
    id        bigint generated always as identity primary key,
    case_id   varchar(36)  not null references penalty_case (case_id),
    act       varchar(40)  not null,
    at        timestamptz  not null,
    actor     varchar(100) not null,
    detail    text
);
create index case_timeline_case on case_timeline (case_id, id);

-- Deadlines the procedure started, and how each was computed.
create table case_deadline (
    id            bigint generated always as identity primary key,
    case_id       varchar(36)  not null references penalty_case (case_id),
    kind          varchar(40)  not null,
    legal_basis   varchar(100) not null,
    start_on      date         not null,
    period        integer      not null,
    unit          varchar(20)  not null,
    due_on        date         not null,
    explanation   text         not null,
    status        varchar(10)  not null,
    warned        boolean      not null default false,
    missed        boolean      not null default false
);
create index case_deadline_open on case_deadline (due_on) where status = 'OPEN';

-- What evidence-service recorded for each case (EvidenceRecorded events).
create table case_evidence (
    evidence_id  varchar(36) primary key,
    case_id      varchar(36) not null,
    kind         varchar(40) not null,
    stage        varchar(40) not null,
    sha256       varchar(64) not null,
    recorded_at  timestamptz not null
);
create index case_evidence_case on case_evidence (case_id);

-- The party's statements and defences (陈述申辩), and the agency's answers.
create table case_statement (
    id        bigint generated always as identity primary key,
    case_id   varchar(36) not null references penalty_case (case_id),
    at        timestamptz not null,
    content   text        not null,
    answer    text
);

-- Who read or changed a case, for auditors.
create table case_access_log (
    id        bigint generated always as identity primary key,
    case_id   varchar(36)  not null,
    subject   varchar(100) not null,
    action    varchar(20)  not null,
    at        timestamptz  not null
);
create index case_access_log_case on case_access_log (case_id, at);
create sequence case_serial;
