-- The violation catalogue with its discretion benchmark (裁量基准) and exemption list (免罚清单).
-- A realistic starter set across the transport fields; the amounts are starting values for the
-- province to replace with its own benchmark through the API (PUT /api/v1/violation-items/{code}).
create table violation_item (
    code                 varchar(20)  primary key,
    name                 varchar(200) not null,
    enforcement_field    varchar(40)  not null,
    illegal_act_basis    varchar(300) not null,
    penalty_basis        varchar(300) not null,
    measure              varchar(50)  not null,
    work_safety          boolean      not null,
    on_exemption_list    boolean      not null,
    updated_at           timestamptz  not null default now(),
    check (not (work_safety and on_exemption_list))
);

create table violation_tier (
    item_code        varchar(20)   not null references violation_item (code) on delete cascade,
    level            varchar(20)   not null,
    description      varchar(200)  not null,
    degree_from      numeric(14,2) not null,
    degree_to        numeric(14,2),
    individual_min   numeric(12,2) not null,
    individual_max   numeric(12,2) not null,
    organisation_min numeric(12,2) not null,
    organisation_max numeric(12,2) not null,
    primary key (item_code, level)
);

insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RT-01', '未随车携带道路运输证', 'ROAD_TRANSPORT', '《道路运输条例》第三十四条', '《道路运输条例》第六十八条', '次数', false, true);
insert into violation_tier values ('RT-01', 'MINOR', '首次', 0, 2, 0, 20, 0, 20);
insert into violation_tier values ('RT-01', 'ORDINARY', '第二次', 2, 3, 20, 100, 20, 100);
insert into violation_tier values ('RT-01', 'SERIOUS', '三次以上', 3, null, 100, 200, 100, 200);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RT-02', '未取得道路运输经营许可擅自从事道路普通货物运输经营', 'ROAD_TRANSPORT', '《道路运输条例》第二十四条', '《道路运输条例》第六十三条', '违法所得（元）', false, false);
insert into violation_tier values ('RT-02', 'MINOR', '无违法所得', 0, 1, 3000, 5000, 3000, 5000);
insert into violation_tier values ('RT-02', 'ORDINARY', '违法所得1万元以下', 1, 10000, 5000, 10000, 5000, 10000);
insert into violation_tier values ('RT-02', 'SERIOUS', '违法所得1万至2万元', 10000, 20000, 10000, 15000, 10000, 15000);
insert into violation_tier values ('RT-02', 'ESPECIALLY_SERIOUS', '违法所得2万元以上', 20000, null, 15000, 20000, 15000, 20000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RT-03', '未取得道路运输经营许可擅自从事道路旅客运输经营', 'ROAD_TRANSPORT', '《道路运输条例》第八条', '《道路运输条例》第六十三条', '违法所得（元）', true, false);
insert into violation_tier values ('RT-03', 'MINOR', '无违法所得', 0, 1, 10000, 30000, 10000, 30000);
insert into violation_tier values ('RT-03', 'ORDINARY', '违法所得1万元以下', 1, 10000, 30000, 60000, 30000, 60000);
insert into violation_tier values ('RT-03', 'SERIOUS', '违法所得1万至2万元', 10000, 20000, 60000, 80000, 60000, 80000);
insert into violation_tier values ('RT-03', 'ESPECIALLY_SERIOUS', '违法所得2万元以上', 20000, null, 80000, 100000, 80000, 100000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RT-04', '使用无道路运输从业资格证的驾驶人员', 'ROAD_TRANSPORT', '《道路运输从业人员管理规定》第六条', '《道路运输从业人员管理规定》第四十五条', '人数', true, false);
insert into violation_tier values ('RT-04', 'ORDINARY', '1人', 0, 2, 200, 1000, 200, 1000);
insert into violation_tier values ('RT-04', 'SERIOUS', '2人以上', 2, null, 1000, 2000, 1000, 2000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RT-05', '巡游出租汽车驾驶员拒载、议价、途中甩客', 'ROAD_TRANSPORT', '《巡游出租汽车经营服务管理规定》第二十四条', '《巡游出租汽车经营服务管理规定》第四十六条', '次数', false, true);
insert into violation_tier values ('RT-05', 'MINOR', '首次', 0, 2, 50, 100, 50, 100);
insert into violation_tier values ('RT-05', 'ORDINARY', '第二次', 2, 3, 100, 150, 100, 150);
insert into violation_tier values ('RT-05', 'SERIOUS', '三次以上', 3, null, 150, 200, 150, 200);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RT-06', '道路危险货物运输车辆未按规定配备押运人员', 'ROAD_TRANSPORT', '《道路危险货物运输管理规定》第四十一条', '《道路危险货物运输管理规定》第六十六条', '次数', true, false);
insert into violation_tier values ('RT-06', 'ORDINARY', '首次', 0, 2, 5000, 10000, 5000, 10000);
insert into violation_tier values ('RT-06', 'SERIOUS', '二次以上', 2, null, 10000, 20000, 10000, 20000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RA-01', '车辆违法超限运输', 'ROAD_ADMINISTRATION', '《公路安全保护条例》第三十五条', '《公路安全保护条例》第六十四条；《超限运输车辆行驶公路管理规定》第四十三条', '超限吨数', false, true);
insert into violation_tier values ('RA-01', 'MINOR', '超限1吨以下', 0, 1, 0, 500, 0, 500);
insert into violation_tier values ('RA-01', 'ORDINARY', '超限1至5吨', 1, 5, 500, 5000, 500, 5000);
insert into violation_tier values ('RA-01', 'SERIOUS', '超限5至10吨', 5, 10, 5000, 15000, 5000, 15000);
insert into violation_tier values ('RA-01', 'ESPECIALLY_SERIOUS', '超限10吨以上', 10, null, 15000, 30000, 15000, 30000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RA-02', '擅自占用、挖掘公路', 'ROAD_ADMINISTRATION', '《公路法》第四十四条', '《公路法》第七十六条', '占用面积（平方米）', false, false);
insert into violation_tier values ('RA-02', 'MINOR', '10平方米以下', 0, 10, 500, 5000, 500, 5000);
insert into violation_tier values ('RA-02', 'ORDINARY', '10至50平方米', 10, 50, 5000, 15000, 5000, 15000);
insert into violation_tier values ('RA-02', 'SERIOUS', '50平方米以上', 50, null, 15000, 30000, 15000, 30000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RA-03', '在公路用地范围内设置非公路标志', 'ROAD_ADMINISTRATION', '《公路法》第五十四条', '《公路法》第七十九条', '块数', false, true);
insert into violation_tier values ('RA-03', 'MINOR', '1块', 0, 2, 500, 5000, 500, 5000);
insert into violation_tier values ('RA-03', 'ORDINARY', '2至5块', 2, 6, 5000, 10000, 5000, 10000);
insert into violation_tier values ('RA-03', 'SERIOUS', '6块以上', 6, null, 10000, 20000, 10000, 20000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('RA-04', '在公路上及公路用地范围内摆摊设点、堆放物品', 'ROAD_ADMINISTRATION', '《公路法》第四十六条', '《公路法》第七十七条', '占用面积（平方米）', false, true);
insert into violation_tier values ('RA-04', 'MINOR', '5平方米以下', 0, 5, 0, 1000, 0, 1000);
insert into violation_tier values ('RA-04', 'ORDINARY', '5至20平方米', 5, 20, 1000, 3000, 1000, 3000);
insert into violation_tier values ('RA-04', 'SERIOUS', '20平方米以上', 20, null, 3000, 5000, 3000, 5000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('WT-01', '未经许可擅自经营水路运输业务', 'WATERWAY_TRANSPORT', '《国内水路运输管理条例》第六条', '《国内水路运输管理条例》第三十三条', '违法所得（元）', true, false);
insert into violation_tier values ('WT-01', 'MINOR', '无违法所得', 0, 1, 30000, 50000, 30000, 50000);
insert into violation_tier values ('WT-01', 'ORDINARY', '违法所得5万元以下', 1, 50000, 50000, 100000, 50000, 100000);
insert into violation_tier values ('WT-01', 'SERIOUS', '违法所得5万元以上', 50000, null, 100000, 150000, 100000, 150000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('WA-01', '在航道内设置渔具或者水产养殖设施', 'WATERWAY_ADMINISTRATION', '《航道法》第三十五条', '《航道法》第四十三条', '设施数', false, true);
insert into violation_tier values ('WA-01', 'MINOR', '1处', 0, 2, 0, 1000, 0, 1000);
insert into violation_tier values ('WA-01', 'ORDINARY', '2至5处', 2, 6, 1000, 5000, 1000, 5000);
insert into violation_tier values ('WA-01', 'SERIOUS', '6处以上', 6, null, 5000, 10000, 5000, 10000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('PT-01', '未依法取得港口经营许可从事港口经营', 'PORT', '《港口法》第二十二条', '《港口法》第四十八条', '违法所得（元）', false, false);
insert into violation_tier values ('PT-01', 'MINOR', '无违法所得', 0, 1, 10000, 30000, 10000, 30000);
insert into violation_tier values ('PT-01', 'ORDINARY', '违法所得10万元以下', 1, 100000, 30000, 60000, 30000, 60000);
insert into violation_tier values ('PT-01', 'SERIOUS', '违法所得10万元以上', 100000, null, 60000, 100000, 60000, 100000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('PT-02', '未经同意在港口进行危险货物装卸、过驳作业', 'PORT', '《港口法》第三十五条', '《港口法》第五十三条', '次数', true, false);
insert into violation_tier values ('PT-02', 'ORDINARY', '首次', 0, 2, 10000, 50000, 10000, 50000);
insert into violation_tier values ('PT-02', 'SERIOUS', '二次以上', 2, null, 50000, 100000, 50000, 100000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('MT-01', '船舶未按规定配备救生、消防设备', 'MARITIME', '《内河交通安全管理条例》第六条', '《内河交通安全管理条例》第六十八条', '缺失项数', true, false);
insert into violation_tier values ('MT-01', 'ORDINARY', '1项', 0, 2, 2000, 10000, 2000, 10000);
insert into violation_tier values ('MT-01', 'SERIOUS', '2项以上', 2, null, 10000, 20000, 10000, 20000);
insert into violation_item (code, name, enforcement_field, illegal_act_basis, penalty_basis, measure, work_safety, on_exemption_list) values ('CQ-01', '施工单位未对建筑材料、构配件进行检验', 'CONSTRUCTION_QUALITY', '《建设工程质量管理条例》第二十九条', '《建设工程质量管理条例》第六十五条', '批次', true, false);
insert into violation_tier values ('CQ-01', 'ORDINARY', '1批次', 0, 2, 100000, 150000, 100000, 150000);
insert into violation_tier values ('CQ-01', 'SERIOUS', '2批次以上', 2, null, 150000, 200000, 150000, 200000);
