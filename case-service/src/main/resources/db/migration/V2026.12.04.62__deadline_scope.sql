-- The deadline list of an agency (or a supervisor's region) reads only that scope's open deadlines:
-- a deadline carries its case's agency and region (a case never changes agency), so the list is an
-- index range scan instead of a join over every case of the agency (docs/performance.md).
alter table case_deadline add column agency_code varchar(9), add column region_code varchar(6);
update case_deadline d set agency_code = c.agency_code, region_code = c.region_code from penalty_case c where c.case_id = d.case_id;
alter table case_deadline alter column agency_code set not null, alter column region_code set not null;
create index case_deadline_open_agency on case_deadline (agency_code, due_on) where status = 'OPEN';
create index case_deadline_open_region on case_deadline (region_code, due_on) where status = 'OPEN';
