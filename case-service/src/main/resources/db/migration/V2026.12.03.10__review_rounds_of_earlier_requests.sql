-- Cases asked for review before reviews came in rounds: that request becomes round 1 and an approval its
-- outcome, so the cases decide as before. Whether a review was approved is now read from its outcome.
update penalty_case set review_request_id = gen_random_uuid()::text, review_round = 1
    where review_requested_at is not null and review_request_id is null;
update penalty_case set review_outcome = 'APPROVED', review_completed_at = review_approved_at
    where review_approved_at is not null and review_outcome is null;
alter table penalty_case drop column review_approved_at;
