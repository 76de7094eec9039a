-- The decision's own number (文号) once its document is issued; the legal representative an organisation's decision names
-- (双公示); spans of a draft the disclosure admin declared not personal, with why (shown to supervisors).
alter table disclosure_record add column decision_number text;
alter table disclosure_record add column legal_representative text;
alter table disclosure_record add column not_personal jsonb not null default '[]';
