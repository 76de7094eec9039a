-- An officer's own cases, newest first, read off an index: each row of a case's officers carries the
-- case's filing time, copied from the case as the row is written (a case's filing time never changes).
alter table case_officer add column filed_at timestamptz;
update case_officer o set filed_at = c.filed_at from penalty_case c where c.case_id = o.case_id;
alter table case_officer alter column filed_at set not null;

create function case_officer_filed_at() returns trigger language plpgsql as $$
begin
    select filed_at into new.filed_at from penalty_case where case_id = new.case_id;
    return new;
end
$$;

create trigger case_officer_filed_at before insert on case_officer
    for each row execute function case_officer_filed_at();

create index case_officer_newest on case_officer (credential_number, filed_at desc, case_id desc);
