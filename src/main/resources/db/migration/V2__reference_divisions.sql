-- GB/T 2260 division codes for the cities the service is first deployed in.
-- Populations are approximate resident counts from the 2020 census, used for slots per 1,000 residents;
-- supervisors replace them with their own figures. Centres are the seats of the district governments (WGS-84).
insert into division (code, name, level, parent_code, population, centre_latitude, centre_longitude) values
    ('360000', '江西省', 'PROVINCE', null, 45188635, 28.676, 115.909),
    ('140000', '山西省', 'PROVINCE', null, 34915616, 37.873, 112.562),
    ('130000', '河北省', 'PROVINCE', null, 74610235, 38.037, 114.469),
    ('620000', '甘肃省', 'PROVINCE', null, 25019831, 36.059, 103.826);

insert into division (code, name, level, parent_code, population, centre_latitude, centre_longitude) values
    ('360100', '南昌市', 'CITY', '360000', 6255007, 28.682, 115.858),
    ('140900', '忻州市', 'CITY', '140000', 2689668, 38.416, 112.734),
    ('130800', '承德市', 'CITY', '130000', 3354444, 40.952, 117.963),
    ('620100', '兰州市', 'CITY', '620000', 4359446, 36.061, 103.834);

insert into division (code, name, level, parent_code, population, centre_latitude, centre_longitude) values
    ('360102', '东湖区',   'COUNTY', '360100', 508000, 28.6849, 115.8990),
    ('360103', '西湖区',   'COUNTY', '360100', 521000, 28.6568, 115.8770),
    ('360104', '青云谱区', 'COUNTY', '360100', 360000, 28.6322, 115.9252),
    ('360111', '青山湖区', 'COUNTY', '360100', 886000, 28.6821, 115.9620),
    ('360112', '新建区',   'COUNTY', '360100', 760000, 28.6925, 115.8150),
    ('360113', '红谷滩区', 'COUNTY', '360100', 470000, 28.6940, 115.8580),
    ('360121', '南昌县',   'COUNTY', '360100', 1060000, 28.5450, 115.9440),
    ('140902', '忻府区',   'COUNTY', '140900', 580000, 38.4040, 112.7460),
    ('140921', '定襄县',   'COUNTY', '140900', 190000, 38.4740, 112.9570),
    ('140981', '原平市',   'COUNTY', '140900', 430000, 38.7310, 112.7060),
    ('130802', '双桥区',   'COUNTY', '130800', 410000, 40.9750, 117.9430),
    ('130803', '双滦区',   'COUNTY', '130800', 150000, 40.9590, 117.7990),
    ('130821', '承德县',   'COUNTY', '130800', 350000, 40.7680, 118.1740),
    ('130881', '平泉市',   'COUNTY', '130800', 430000, 41.0180, 118.7020),
    ('620102', '城关区',   'COUNTY', '620100', 1480000, 36.0570, 103.8250),
    ('620103', '七里河区', 'COUNTY', '620100', 630000, 36.0660, 103.7860),
    ('620104', '西固区',   'COUNTY', '620100', 380000, 36.0880, 103.6280),
    ('620105', '安宁区',   'COUNTY', '620100', 390000, 36.1040, 103.7190),
    ('620111', '红古区',   'COUNTY', '620100', 150000, 36.3460, 102.8600);
