-- Which judicial bodies may read a transferred case's package: the receiver and the procuratorate supervising it,
-- by code (CaseTransferred); a transfer from before the channel names its receiver in words only, so none does.
alter table known_case add column transfer_receiver_code varchar(9);
alter table known_case add column supervising_procuratorate varchar(9);
