-- The hearing notice (听证通知书, PL 64): when, where and chaired by whom the requested hearing is to be held,
-- and when the party was notified of it.
alter table penalty_case add column hearing_notified_at timestamptz;
alter table penalty_case add column hearing_scheduled_at timestamptz;
alter table penalty_case add column hearing_place varchar(200);
alter table penalty_case add column hearing_chair varchar(14);

-- Evidence registered and kept where it is (先行登记保存, PL 56): asked for by the handling officers, approved by
-- the head, then handled within 7 working days; at most one awaits handling per case.
create table evidence_preservation (
    preservation_id varchar(36) primary key,
    case_id varchar(36) not null references penalty_case (case_id),
    agency_code varchar(9) not null,
    status varchar(20) not null check (status in ('REQUESTED', 'APPROVED', 'HANDLED')),
    kept_at varchar(200) not null,
    reasons varchar(1000) not null,
    requested_by varchar(100) not null,
    requested_at timestamptz not null,
    approved_by varchar(100),
    approved_at timestamptz,
    due_on date,
    handling varchar(20) check (handling in ('EXAMINATION', 'SEIZURE', 'CONFISCATION', 'RELEASE', 'TRANSFER')),
    handling_note varchar(1000),
    handled_by varchar(100),
    handled_at timestamptz
);
create index evidence_preservation_case on evidence_preservation (case_id, requested_at);
create unique index evidence_preservation_one_open on evidence_preservation (case_id) where status <> 'HANDLED';

-- The preservation list (物品清单): what is kept, how much, and in what state.
create table preserved_item (
    preservation_id varchar(36) not null references evidence_preservation (preservation_id),
    position integer not null,
    name varchar(100) not null,
    quantity varchar(50) not null,
    description varchar(200),
    primary key (preservation_id, position)
);

-- An agency's own wording of a form (文书格式的本机关表述) within its fixed structure: the contact line and the note,
-- versioned; each issued document records the version it printed.
create table document_wording (
    agency_code varchar(9) not null,
    kind varchar(40) not null,
    version integer not null check (version > 0),
    contact varchar(300),
    note varchar(1000),
    adopted_by varchar(100) not null,
    adopted_at timestamptz not null,
    primary key (agency_code, kind, version)
);
alter table issued_document add column wording_version integer not null default 0;
