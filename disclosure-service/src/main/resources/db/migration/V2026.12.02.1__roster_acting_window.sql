-- The roster lists an officer on the days their credential allows acts (the acting window that the
-- platform's one credential rule derives from personnel's snapshot), so an expired credential leaves
-- the roster on its last day even before personnel publishes the expiry.
alter table public_officer
    add column acting_from  date,
    add column acting_until date;
-- Rows kept before: the validity start was not kept, so the window opens on the day of the snapshot held.
update public_officer set acting_from = credential_event_at::date, acting_until = credential_valid_to
    where credential_status = 'ACTIVE' and not annual_review_overdue and credential_valid_to is not null;
drop index public_officer_listed;
create index public_officer_listed on public_officer (agency_code, officer_id) where on_post and acting_from is not null;
