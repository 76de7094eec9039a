-- The criminal-transfer channel (行刑衔接, PL 27, 82; TP): the receiving bodies as data, each transfer
-- from the officer's request to the receiver's answer, and the criminal thresholds of the catalogue.

-- Public security bureaus and procuratorates. A judicial partner's token carries its body's code as
-- agency_code; a public security body names the procuratorate that supervises its filings (立案监督).
create table judicial_body (
    code           varchar(9)   primary key,
    name           varchar(100) not null,
    kind           varchar(20)  not null check (kind in ('PUBLIC_SECURITY', 'PROCURATORATE')),
    region_code    varchar(6)   not null,
    supervised_by  varchar(9)   references judicial_body (code),
    check (kind = 'PUBLIC_SECURITY' or supervised_by is null)
);
insert into judicial_body (code, name, kind, region_code, supervised_by) values
    ('220000920', '吉林省人民检察院', 'PROCURATORATE', '220000', null),
    ('220100920', '长春市人民检察院', 'PROCURATORATE', '220100', null),
    ('220200920', '吉林市人民检察院', 'PROCURATORATE', '220200', null),
    ('220000910', '吉林省公安厅', 'PUBLIC_SECURITY', '220000', '220000920'),
    ('220100910', '长春市公安局', 'PUBLIC_SECURITY', '220100', '220100920'),
    ('220200910', '吉林市公安局', 'PUBLIC_SECURITY', '220200', '220200920');

create table criminal_transfer (
    transfer_id                 varchar(36)  primary key,
    case_id                     varchar(36)  not null references penalty_case (case_id),
    agency_code                 varchar(9)   not null,
    region_code                 varchar(6)   not null,
    receiving_body_code         varchar(9)   references judicial_body (code),
    supervising_procuratorate   varchar(9)   references judicial_body (code),
    status                      varchar(20)  not null,
    requested_at                timestamptz,
    requested_by                varchar(100),
    request_reasons             varchar(2000),
    decided_at                  timestamptz,
    decided_by                  varchar(100),
    decision_reasons            varchar(2000),
    delivered_at                timestamptz,
    attachments                 varchar(300)[],
    answered_at                 timestamptz,
    answer_reasons              varchar(2000),
    reconsideration_asked_at    timestamptz,
    reconsideration_reasons     varchar(2000),
    supervised_at               timestamptz,
    supervision_opinion         varchar(2000),
    version                     bigint       not null default 0
);
-- At most one transfer of a case is under way; a declined, accepted or refused one leaves room for a later request.
create unique index criminal_transfer_under_way on criminal_transfer (case_id)
    where status in ('REQUESTED', 'APPROVED', 'DELIVERED', 'RECONSIDERATION', 'SUPERVISED');
create index criminal_transfer_of_case on criminal_transfer (case_id);
create index criminal_transfer_receiver on criminal_transfer (receiving_body_code, delivered_at desc) where delivered_at is not null;
create index criminal_transfer_supervisor on criminal_transfer (supervising_procuratorate, delivered_at desc) where delivered_at is not null;

-- The case's latest transfer: one under way is always the latest, as no other is begun meanwhile.
alter table penalty_case add column transfer_id varchar(36) references criminal_transfer (transfer_id);

-- What the investigation measured that a criminal threshold is stated in (amount, quantity, prior penalties, harm).
alter table penalty_case add column measured_facts jsonb not null default '{}';

-- Criminal thresholds of an item (涉嫌犯罪移送标准): facts at or above one mean the case goes to the judiciary.
create table violation_criminal_threshold (
    item_code    varchar(20)    not null references violation_item (code),
    measure      varchar(20)    not null,
    at_least     numeric(14, 2) not null check (at_least > 0),
    description  varchar(200)   not null,
    basis        varchar(300)   not null
);
insert into violation_criminal_threshold (item_code, measure, at_least, description, basis) values
    ('RT-02', 'AMOUNT_YUAN', 50000, '非法经营数额五万元以上', '《刑法》第二百二十五条；《立案追诉标准（二）》第七十一条'),
    ('RT-02', 'PRIOR_PENALTIES', 2, '二年内因同种非法经营行为受过二次以上行政处罚又进行同种行为', '《刑法》第二百二十五条；《立案追诉标准（二）》第七十一条'),
    ('RT-03', 'AMOUNT_YUAN', 50000, '非法经营数额五万元以上', '《刑法》第二百二十五条；《立案追诉标准（二）》第七十一条'),
    ('RT-03', 'PRIOR_PENALTIES', 2, '二年内因同种非法经营行为受过二次以上行政处罚又进行同种行为', '《刑法》第二百二十五条；《立案追诉标准（二）》第七十一条'),
    ('RT-06', 'DEATHS', 1, '造成死亡一人以上', '《刑法》第一百三十六条（危险物品肇事罪）'),
    ('RT-06', 'SERIOUS_INJURIES', 3, '造成重伤三人以上', '《刑法》第一百三十六条（危险物品肇事罪）'),
    ('PT-02', 'DEATHS', 1, '造成死亡一人以上', '《刑法》第一百三十六条（危险物品肇事罪）'),
    ('PT-02', 'SERIOUS_INJURIES', 3, '造成重伤三人以上', '《刑法》第一百三十六条（危险物品肇事罪）'),
    ('PT-02', 'AMOUNT_YUAN', 1000000, '造成直接经济损失一百万元以上', '《刑法》第一百三十六条；《立案追诉标准（一）》第十二条');

-- Transfers recorded before the channel: kept as delivered transfers to a body named in words only (no code, so
-- no partner sees them), answered as the agency head recorded it.
insert into criminal_transfer (transfer_id, case_id, agency_code, region_code, status, delivered_at, attachments, answered_at)
select gen_random_uuid()::text, c.case_id, c.agency_code, c.region_code,
       case when c.transfer_accepted is null then 'DELIVERED' when c.transfer_accepted then 'ACCEPTED' else 'REFUSED' end,
       (select min(t.at) from case_timeline t where t.case_id = c.case_id and t.act = 'TRANSFERRED'),
       c.transfer_attachments,
       (select min(t.at) from case_timeline t where t.case_id = c.case_id and t.act in ('TRANSFER_ACCEPTED', 'TRANSFER_REFUSED'))
from penalty_case c where c.transfer_receiver is not null;
update penalty_case c set transfer_id = t.transfer_id from criminal_transfer t where t.case_id = c.case_id;
alter table penalty_case drop column transfer_attachments;
