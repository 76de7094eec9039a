-- Legal review of major decisions (法制审核, PL 58; seed 002): one row per round of review requested
-- by case-service, with the review file as it stood, what changed since the last round, the
-- ten-point checklist, the opinion and the outcome.
create table legal_review (
    review_id            varchar(36)  primary key,
    request_id           varchar(36)  not null unique,
    case_id              varchar(36)  not null,
    case_number          varchar(40)  not null,
    agency_code          varchar(9)   not null,
    region_code          varchar(6)   not null,
    round                integer      not null,
    reasons              varchar(40)[] not null,
    discussion_required  boolean      not null,
    handling_officer_ids varchar(36)[] not null,
    review_file          jsonb        not null,
    changes              varchar(500)[] not null,
    received_at          timestamptz  not null,
    due_on               date         not null,
    due_explanation      varchar(2000) not null,
    status               varchar(20)  not null,
    reviewer_id          varchar(36),
    assigned_at          timestamptz,
    outcome              varchar(30),
    opinion              varchar(4000),
    to_supplement        varchar(2000),
    checklist            jsonb,
    concluded_at         timestamptz,
    overdue_published_at timestamptz,
    disputed_at          timestamptz,
    dispute_reason       varchar(2000),
    version              bigint       not null default 0
);
create index legal_review_queue on legal_review (agency_code, status, due_on, review_id);
create index legal_review_case on legal_review (case_id, round);
create index legal_review_open_due on legal_review (due_on) where status in ('PENDING', 'IN_REVIEW');

-- The heads' collective discussion (集体讨论, PL 57 ¶2) of a reviewed case: review-service keeps the
-- record because the discussion answers a review round and is read with it.
create table collective_discussion (
    discussion_id  varchar(36)   primary key,
    review_id      varchar(36)   not null references legal_review (review_id),
    held_on        date          not null,
    participants   jsonb         not null,
    for_decision   boolean       not null,
    on_dispute     boolean       not null,
    conclusion     varchar(4000) not null,
    dissent        varchar(4000),
    recorded_by    varchar(100)  not null,
    recorded_at    timestamptz   not null
);
create index collective_discussion_review on collective_discussion (review_id);

-- Every read of a review file, for the auditors.
create table review_access_log (
    id         bigserial    primary key,
    review_id  varchar(36)  not null,
    subject    varchar(100) not null,
    action     varchar(40)  not null,
    at         timestamptz  not null
);
create index review_access_log_review on review_access_log (review_id, at);

-- The agency staff as personnel-service publishes them: who may be a reviewer, and who a caller is.
create table known_officer (
    officer_id                varchar(36)  primary key,
    username                  varchar(100) unique,
    name                      varchar(50)  not null,
    agency_code               varchar(9)   not null,
    region_code               varchar(6)   not null,
    post                      varchar(50)  not null,
    on_post                   boolean      not null,
    qualified                 boolean      not null default false,
    qualification_obtained_on date,
    certificate_number        varchar(40),
    first_engaged_on          date,
    last_event_at             timestamptz  not null
);

-- The working-day calendar as case-service publishes it (WorkingCalendarPublished).
create table calendar_day (
    day   date        primary key,
    kind  varchar(30) not null,
    name  varchar(50) not null
);
