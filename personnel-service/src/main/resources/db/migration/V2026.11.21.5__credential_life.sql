-- The whole life of officers and credentials: posts, training, exams, suspensions, reviews, history.
alter table officer
    add column username                 varchar(100) unique,
    add column education                varchar(50),
    add column photo_object_key         varchar(200),
    add column on_post                  boolean      not null default true,
    add column left_post_at             timestamptz,
    add column legal_qualification_certificate varchar(50),
    add column legal_qualification_obtained_on date;

alter table credential
    add column revoked_at           timestamptz,
    add column revocation_reason    varchar(500),
    add column cancelled_at         timestamptz,
    add column cancellation_reason  varchar(500),
    add column review_overdue_year  integer;
drop index credential_one_active;
-- At most one credential in force (active or suspended) per officer.
create unique index credential_one_in_force on credential (officer_id) where status in ('ACTIVE', 'SUSPENDED');
create index credential_validity_end on credential (valid_to) where status in ('ACTIVE', 'SUSPENDED');

-- 暂扣: from suspended_at until reinstated_at, or the end of until_date, whichever comes first.
create table credential_suspension (
    id                bigint generated always as identity primary key,
    credential_number varchar(14)  not null references credential (credential_number),
    suspended_at      timestamptz  not null,
    until_date        date,
    reason            varchar(500) not null,
    reinstated_at     timestamptz,
    reinstate_reason  varchar(500)
);
create index credential_suspension_credential on credential_suspension (credential_number);

-- 年审: one row per review; a later row for the same year (re-review) supersedes an earlier one.
create table annual_review (
    id                bigint generated always as identity primary key,
    credential_number varchar(14)  not null references credential (credential_number),
    review_year       integer      not null,
    passed            boolean      not null,
    remarks           varchar(500),
    recorded_at       timestamptz  not null,
    recorded_by       varchar(100) not null
);
create index annual_review_credential on annual_review (credential_number, review_year);

-- Every change of a credential, dated and reasoned.
create table credential_history (
    id                bigint generated always as identity primary key,
    credential_number varchar(14)  not null references credential (credential_number),
    change            varchar(40)  not null,
    effective_at      timestamptz  not null,
    actor             varchar(100) not null,
    reason            varchar(500)
);
create index credential_history_credential on credential_history (credential_number, id);

create table training_record (
    id            bigint generated always as identity primary key,
    officer_id    varchar(36)  not null references officer (officer_id),
    course        varchar(200) not null,
    kind          varchar(20)  not null,
    hours         numeric(5,1) not null check (hours > 0),
    completed_on  date         not null,
    recorded_at   timestamptz  not null
);
create index training_record_officer_year on training_record (officer_id, completed_on);

create table exam_result (
    id            bigint generated always as identity primary key,
    officer_id    varchar(36)  not null references officer (officer_id),
    exam_date     date         not null,
    score         numeric(5,1) not null check (score >= 0 and score <= 100),
    passed        boolean      not null,
    recorded_at   timestamptz  not null
);
create index exam_result_officer on exam_result (officer_id, exam_date);
