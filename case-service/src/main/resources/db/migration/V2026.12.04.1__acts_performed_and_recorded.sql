-- An act is kept with when it was performed (at) and when the server recorded it; acts recorded before
-- this change were recorded as performed.
alter table case_timeline add column recorded_at timestamptz;
update case_timeline set recorded_at = at;
alter table case_timeline alter column recorded_at set not null;
alter table case_timeline add column recorded_late boolean not null default false;
create index case_timeline_recorded_late on case_timeline (case_id) where recorded_late;
