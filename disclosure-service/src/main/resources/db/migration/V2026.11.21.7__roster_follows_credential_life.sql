-- The roster shows only officers on post whose credential is in force and reviewed.
alter table public_officer
    add column on_post                boolean     not null default true,
    add column credential_status      varchar(20),
    add column annual_review_overdue  boolean     not null default false,
    add column credential_event_at    timestamptz;
update public_officer set credential_status = 'ACTIVE', credential_event_at = last_event_at where credential_number is not null;
create index public_officer_listed on public_officer (agency_code, officer_id)
    where on_post and credential_status = 'ACTIVE' and not annual_review_overdue;
