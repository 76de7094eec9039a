-- An agency's search walks its cases newest first in the exact order of the query (filed_at desc,
-- case_id desc), so the first page is read off the index with no sort step (docs/performance.md).
drop index penalty_case_agency_filed;
create index penalty_case_agency_filed on penalty_case (agency_code, filed_at desc, case_id desc);
