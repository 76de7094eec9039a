-- PL 68-71: a fine collected on the spot, against the official receipt, and when the money reached the agency.
alter table penalty_case add column collection_receipt varchar(40);
alter table penalty_case add column collection_handed_over_at timestamptz;
