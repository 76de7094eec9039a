-- Whether the receiver accepted is read from the transfer's status (ACCEPTED, REFUSED); the case no longer keeps a copy.
alter table penalty_case drop column transfer_accepted;
