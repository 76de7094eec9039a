-- Case files drawn for evaluators of other agencies in an evaluation round (双随机, CaseFileDrawnForEvaluation):
-- the evaluator reads the case and its evidence until they have scored it (CaseFileEvaluated).
create table evaluation_grant (
    grant_id    varchar(80)   primary key,
    round_id    varchar(36)   not null,
    case_id     varchar(36)   not null,
    evaluator   varchar(100)  not null,
    granted_at  timestamptz   not null
);
create index evaluation_grant_case on evaluation_grant (case_id, evaluator);
