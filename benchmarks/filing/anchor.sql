-- The anchor of the filing benchmark: what a general filing writes, as one transaction of plain inserts
-- (the case, its two officers, the timeline entry, the decision deadline, the outbox event and the
-- idempotency record), run by pgbench against a copy of case-service's schema with its indexes.
\set n random(1, 9000000000000000000)
begin;
insert into penalty_case (case_id, case_number, agency_code, region_code, procedure, source, status, party_type,
    party_name, party_identifier, violation_items, occurred_on, harmed_life_health_finance, place, facts, filed_at)
values ('bench-:n', '220100001-2026-' || nextval('case_serial'), '220100001', '220100', 'GENERAL', 'INSPECTION',
    'FILING_PENDING_APPROVAL', 'ORGANISATION', '长春市顺达物流有限公司', '91220101MA0Y3KQX2A', array['RT-02'],
    current_date - 3, false, '长春市绿园区西环城路与皓月大路交汇处治超检测站',
    '执法人员在治超检测站检查发现，当事人所属重型厢式货车未取得道路运输经营许可，擅自从事道路普通货物运输经营。', now());
insert into case_officer (case_id, credential_number) values ('bench-:n', '22010026000001'), ('bench-:n', '22010026000002');
insert into case_timeline (case_id, act, at, actor, detail, recorded_at, recorded_late)
values ('bench-:n', 'FILED', now(), 'cc-officer-1',
    'general procedure; awaiting the head''s approval (PL 54)', now(), false);
insert into case_deadline (case_id, agency_code, region_code, kind, legal_basis, start_on, period, unit, due_on, explanation, status, warned, missed)
values ('bench-:n', '220100001', '220100', 'FILING_APPROVAL', 'TR 62-63', current_date, 7, 'WORKING_DAYS',
    current_date + 9, '7 working days after today (the start day not counted)', 'OPEN', false, false);
insert into outbox_event (event_id, topic, aggregate_id, event_type, source, payload, occurred_at)
values (gen_random_uuid(), 'enforcement.case.v1', 'bench-:n', 'enforcement.case.CaseFiled.v1',
    '/enforcement/case-service', repeat('x', 600), now());
insert into idempotency_record (caller, idem_key, fingerprint, status, body, created_at, expires_at)
values ('cc-officer-1', 'bench-:n', repeat('f', 64), 201, repeat('y', 3000), now(), now() + interval '1 day');
commit;
