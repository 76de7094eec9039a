-- Access paths of case views and searches at a million cases (docs/performance.md shows the plans):
-- a view loads its case's deadlines and statements by case; a supervisor's search, which spans
-- agencies, walks the cases newest first.
create index case_deadline_case on case_deadline (case_id, id);
create index case_statement_case on case_statement (case_id, id);
create index penalty_case_filed on penalty_case (filed_at desc, case_id desc);
