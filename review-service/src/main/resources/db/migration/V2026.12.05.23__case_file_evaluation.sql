-- Case-file evaluation by double random sampling (案卷评查, 双随机; seeds 003, 004).

-- The scoring rubric as data, by version; a round keeps the version it was drawn with. The starter rubric sums to 100.
create table evaluation_rubric_item (
    rubric_version integer      not null,
    position       integer      not null,
    code           varchar(30)  not null,
    name           varchar(100) not null,
    points         integer      not null,
    primary key (rubric_version, code)
);
insert into evaluation_rubric_item (rubric_version, position, code, name, points) values
    (1, 1, 'SUBJECT', '执法主体', 10),
    (1, 2, 'FACTS', '事实认定', 15),
    (1, 3, 'EVIDENCE', '证据', 20),
    (1, 4, 'LAW_APPLIED', '适用法律', 15),
    (1, 5, 'DISCRETION', '自由裁量', 10),
    (1, 6, 'PROCEDURE', '执法程序', 20),
    (1, 7, 'DOCUMENTS', '执法文书', 10);

-- A round: its scope, its pool of evaluators, the seed of its draw (shown, so that an auditor can redo it).
create table evaluation_round (
    round_id          varchar(36)   primary key,
    region_code       varchar(6)    not null,
    title             varchar(200)  not null,
    agencies          varchar(9)[]  not null,
    closed_from       date          not null,
    closed_to         date          not null,
    files_per_agency  integer       not null,
    evaluators        jsonb         not null,
    seed              bigint        not null,
    rubric_version    integer       not null,
    planned_by        varchar(100)  not null,
    planned_at        timestamptz   not null
);
create index evaluation_round_region on evaluation_round (region_code, planned_at);

-- A file drawn in a round, its evaluator, and the score.
create table evaluation_file (
    file_id             varchar(36)   primary key,
    round_id            varchar(36)   not null references evaluation_round (round_id),
    case_id             varchar(36)   not null,
    case_number         varchar(40),
    agency_code         varchar(9)    not null,
    region_code         varchar(6)    not null,
    evaluator           varchar(100),
    evaluator_agency    varchar(9),
    scores              jsonb,
    total               integer,
    grade               varchar(20),
    typical             boolean       not null default false,
    typical_reason      varchar(2000),
    scored_at           timestamptz,
    unique (round_id, case_id)
);
create index evaluation_file_evaluator on evaluation_file (evaluator, scored_at);
create index evaluation_file_agency on evaluation_file (agency_code, round_id);
