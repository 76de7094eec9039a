-- The legal review's opinion and reviewer as review-service published them (LegalReviewCompleted), for the
-- legal review opinion form (法制审核意见书).
alter table penalty_case add column review_opinion varchar(4000);
alter table penalty_case add column review_reviewer varchar(100);
