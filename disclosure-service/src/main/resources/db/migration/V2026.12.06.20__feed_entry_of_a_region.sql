-- A complaint filed with the region and not yet routed to an agency (ComplaintFiled without one) is the region's
-- entry: it belongs in the feed before any agency does.
alter table supervision_feed_entry alter column agency_code drop not null;
