-- The party's remedies against a decision: reconsideration (行政复议) and lawsuit (行政诉讼), PL 73.
create table case_remedy (
    remedy_id       varchar(36)   primary key,
    case_id         varchar(36)   not null references penalty_case (case_id),
    kind            varchar(20)   not null,
    reviewing_body  varchar(200)  not null,
    reference       varchar(100),
    filed_on        date          not null,
    concluded_on    date,
    outcome         varchar(20),
    recorded_by     varchar(100)  not null
);
create index case_remedy_case on case_remedy (case_id);
