-- Loads :cases penalty cases (default 1,000,000) into an empty case-service database, with their officers,
-- timelines and deadlines, spread as a province's would be: 27 agencies in Jilin's 9 cities, the 16 items of
-- the catalogue, three years of filings newest last, most cases closed or archived, the recent ones open
-- with deadlines near or past. Plain inserts from generate_series: a few minutes for a million cases.
\set ON_ERROR_STOP on
\if :{?cases}
\else
  \set cases 1000000
\endif
set synchronous_commit = off;

create temporary table scale_case as
select g,
       'scale-' || lpad(g::text, 8, '0') as case_id,
       (array['220100','220200','220300','220400','220500','220600','220700','220800','222400'])[1 + g % 9] as region_code,
       lpad((1 + (g / 9) % 3)::text, 3, '0') as agency_suffix,
       (array['CQ-01','MT-01','PT-01','PT-02','RA-01','RA-02','RA-03','RA-04','RT-01','RT-02','RT-03','RT-04','RT-05','RT-06','WA-01','WT-01'])[1 + (g * 7) % 16] as item,
       now() - make_interval(secs => (:cases - g) * (94608000.0 / :cases)) as filed_at,
       (:cases - g)::float / :cases as age,
       hashint4(g) as h
from generate_series(1, :cases) g;

insert into penalty_case (case_id, case_number, agency_code, region_code, procedure, source, status, party_type, party_name,
    party_identifier, violation_items, occurred_on, harmed_life_health_finance, place, facts, complex, needs_reassignment,
    filed_at, filing_approved_at, proposal_outside_range, hearing_rights, statement_waived, hearing_request_waived,
    hearing_defaulted, decided_at, decision_kind, decision_amount, decision_legal_basis, served_at, service_method,
    payment_due_on, paid_amount, late_fee, extensions, version, refund_due, review_round, discussion_required,
    discussion_on_dispute, closed_at, archived_at)
select case_id,
       region_code || agency_suffix || '-' || extract(year from filed_at) || '-' || lpad(g::text, 7, '0'),
       region_code || agency_suffix, region_code,
       case when h % 3 = 0 then 'SUMMARY' else 'GENERAL' end,
       (array['INSPECTION','INSPECTION','INSPECTION','NON_SITE_DETECTION','COMPLAINT_OR_REPORT'])[1 + abs(h) % 5],
       status,
       case when h % 2 = 0 then 'ORGANISATION' else 'INDIVIDUAL' end,
       case when h % 2 = 0 then (array['长春市顺达物流有限公司','吉林省通远运输有限公司','四平市恒运货运有限公司','延边东疆客运有限公司'])[1 + abs(h / 2) % 4]
            else (array['赵','钱','孙','李','周','吴','郑','王'])[1 + abs(h / 2) % 8] || '某' end,
       case when h % 2 = 0 then '91220101MA0Y3KQX2A' else '22010219850412031X' end,
       array[item], (filed_at - interval '2 days')::date, false,
       '吉林省' || region_code || '治超检测站', '执法人员检查发现当事人涉嫌违法（生成的基准数据）', false, false,
       filed_at, filed_at + interval '2 hours', false, false, false, false, false,
       case when status in ('FILING_PENDING_APPROVAL','INVESTIGATING','NOTIFIED') then null else filed_at + interval '5 days' end,
       case when status in ('FILING_PENDING_APPROVAL','INVESTIGATING','NOTIFIED') then null else 'FINE' end,
       case when status in ('FILING_PENDING_APPROVAL','INVESTIGATING','NOTIFIED') then null else 200 + abs(h) % 50 * 100 end,
       case when status in ('FILING_PENDING_APPROVAL','INVESTIGATING','NOTIFIED') then null else '《道路运输条例》第六十三条' end,
       case when status in ('SERVED','PAID','CLOSED','ARCHIVED') then filed_at + interval '7 days' end,
       case when status in ('SERVED','PAID','CLOSED','ARCHIVED') then 'DIRECT' end,
       case when status in ('SERVED','PAID','CLOSED','ARCHIVED') then (filed_at + interval '22 days')::date end,
       case when status in ('PAID','CLOSED','ARCHIVED') then 200 + abs(h) % 50 * 100 else 0 end,
       0, 0, 0, 0, 0, false, false,
       case when status in ('CLOSED','ARCHIVED') then filed_at + interval '30 days' end,
       case when status = 'ARCHIVED' then filed_at + interval '60 days' end
from (select *, case
        when age > 0.02 then (case when abs(h) % 10 < 6 then 'ARCHIVED' else 'CLOSED' end)
        else (array['FILING_PENDING_APPROVAL','INVESTIGATING','INVESTIGATING','NOTIFIED','DECIDED','SERVED','SERVED','PAID'])[1 + abs(h) % 8]
      end as status from scale_case) c;

-- two officers of the case's agency (the first agency's pool holds the demo officers' credentials)
insert into case_officer (case_id, credential_number)
select case_id, region_code || '26' || lpad((1 + abs(h) % 40)::text, 6, '0') from scale_case
union all
select case_id, region_code || '26' || lpad((41 + abs(h / 40) % 40)::text, 6, '0') from scale_case;

insert into case_timeline (case_id, act, at, actor, detail, recorded_at, recorded_late)
select s.case_id, act.name, s.filed_at + act.after, 'generated', null, s.filed_at + act.after, false
from scale_case s
cross join lateral (values ('FILED', interval '0'), ('FILING_APPROVED', interval '2 hours'), ('PROPOSAL', interval '3 days'),
        ('NOTICE_ISSUED', interval '4 days'), ('DECIDED', interval '5 days'), ('SERVED', interval '7 days')) act(name, after)
where s.filed_at + act.after < now();

-- the decision deadline of every case (met once decided), and for the open ones service or payment, some past
insert into case_deadline (case_id, agency_code, region_code, kind, legal_basis, start_on, period, unit, due_on, explanation, status, warned, missed)
select c.case_id, c.agency_code, c.region_code, d.kind, d.basis, c.filed_at::date, d.period, 'DAYS', (c.filed_at + d.after)::date,
       d.period || ' days after ' || c.filed_at::date, d.status, false, false
from penalty_case c
cross join lateral (values
        ('DECISION', 'PL 60', 90, interval '90 days', case when c.decided_at is null then 'OPEN' else 'MET' end),
        ('SERVICE', 'PL 61', 7, interval '12 days', case when c.status = 'DECIDED' then 'OPEN' when c.served_at is null then null else 'MET' end),
        ('PAYMENT', 'PL 67', 15, interval '22 days', case when c.status = 'SERVED' then 'OPEN' when c.paid_amount > 0 then 'MET' else null end)
    ) d(kind, basis, period, after, status)
where c.case_id like 'scale-%' and d.status is not null;

analyze penalty_case;
analyze case_officer;
analyze case_timeline;
analyze case_deadline;
select count(*) as cases, (select count(*) from case_timeline) as timeline_entries,
       (select count(*) from case_deadline) as deadlines from penalty_case;
