-- The registry of enforcement agencies (执法主体) of the province: personnel-service keeps it and publishes every change
-- (AgencyRecorded); every service names agencies by it and refuses codes that are not in it. The rows below are the
-- province as this platform ships it (Jilin: the provincial bureau, the city and prefecture detachments); a province
-- changes them through PUT /api/v1/agencies/{code}. published_digest tells which rows were not yet published.
create table enforcement_agency (
    agency_code        varchar(9)    primary key,
    full_name          varchar(100)  not null,
    short_name         varchar(20)   not null,
    region_code        varchar(6)    not null,
    parent_code        varchar(9)    references enforcement_agency (agency_code),
    credit_code        varchar(18)   not null unique,
    enforcement_fields varchar(40)[] not null,
    address            varchar(200),
    contact_phone      varchar(30),
    in_force_from      date          not null,
    in_force_to        date,
    recorded_by        varchar(100)  not null,
    recorded_at        timestamptz   not null,
    published_digest   varchar(64),
    version            bigint        not null default 0
);

insert into enforcement_agency (agency_code, full_name, short_name, region_code, parent_code, credit_code, enforcement_fields,
                                address, contact_phone, in_force_from, recorded_by, recorded_at) values
('220000000', '吉林省交通运输综合行政执法局', '吉交执', '220000', null, '12220000MB1234567B',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION,WATERWAY_TRANSPORT,WATERWAY_ADMINISTRATION,MARITIME,PORT,CONSTRUCTION_QUALITY}',
 '长春市南关区人民大街3715号', '0431-12328', '2020-01-01', 'migration', now()),
('220100001', '长春市交通运输综合行政执法支队', '吉长交执', '220100', '220000000', '12220100MB0271830U',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION,WATERWAY_TRANSPORT,CONSTRUCTION_QUALITY}', '长春市朝阳区西民主大街1号', '0431-12328', '2020-01-01', 'migration', now()),
('220100002', '长春市交通运输综合行政执法支队直属一大队', '吉长交执一', '220100', '220100001', '12220100MB0271900E',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION}', '长春市绿园区景阳大路2655号', '0431-12328', '2020-01-01', 'migration', now()),
('220200001', '吉林市交通运输综合行政执法支队', '吉吉交执', '220200', '220000000', '12220200MB15820464',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION,WATERWAY_TRANSPORT,WATERWAY_ADMINISTRATION,PORT}', '吉林市船营区北京路58号', '0432-12328', '2020-01-01', 'migration', now()),
('220300001', '四平市交通运输综合行政执法支队', '吉四交执', '220300', '220000000', '12220300MB0395712K',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION}', '四平市铁西区英雄大街1000号', '0434-12328', '2020-01-01', 'migration', now()),
('220400001', '辽源市交通运输综合行政执法支队', '吉辽交执', '220400', '220000000', '12220400MB14603850',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION}', '辽源市龙山区人民大街88号', '0437-12328', '2020-01-01', 'migration', now()),
('220500001', '通化市交通运输综合行政执法支队', '吉通交执', '220500', '220000000', '12220500MB05291744',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION}', '通化市东昌区新华大街1566号', '0435-12328', '2020-01-01', 'migration', now()),
('220600001', '白山市交通运输综合行政执法支队', '吉白山交执', '220600', '220000000', '12220600MB1603948X',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION}', '白山市浑江区浑江大街2号', '0439-12328', '2020-01-01', 'migration', now()),
('220700001', '松原市交通运输综合行政执法支队', '吉松交执', '220700', '220000000', '12220700MB0718265C',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION,WATERWAY_TRANSPORT}', '松原市宁江区沿江东路699号', '0438-12328', '2020-01-01', 'migration', now()),
('220800001', '白城市交通运输综合行政执法支队', '吉白城交执', '220800', '220000000', '12220800MB1847390K',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION}', '白城市洮北区长庆南街12号', '0436-12328', '2020-01-01', 'migration', now()),
('222400001', '延边朝鲜族自治州交通运输综合行政执法支队', '吉延交执', '222400', '220000000', '12222400MB09264512',
 '{ROAD_TRANSPORT,ROAD_ADMINISTRATION,WATERWAY_TRANSPORT}', '延吉市长白山西路1666号', '0433-12328', '2020-01-01', 'migration', now());
