-- The parent's answer to a request for information stays marked as new until a handler opens the complaint.
alter table complaint add column new_information_at timestamptz;
create index complaint_new_information on complaint (division_code) where new_information_at is not null;

-- Reply templates handlers start from; supervisors edit them. A template without a category fits every category.
create table reply_template (
    id          uuid primary key,
    category    text,
    action      text not null,
    title       text not null,
    body        text not null,
    updated_at  timestamptz not null,
    updated_by  text not null,
    version     bigint not null default 0
);
create index reply_template_category on reply_template (category, action);

insert into reply_template (id, category, action, title, body, updated_at, updated_by) values
 ('7a1f0c2e-0001-4000-8000-000000000001', null, 'ACCEPT', '受理告知',
  '您好，您反映的问题已受理，我们将在规定时限内调查核实并答复您。感谢您对托育服务的监督。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000002', null, 'REQUEST_INFO', '请补充材料',
  '您好，为便于调查核实，请补充以下信息：事发的具体时间、涉及的班级或人员，以及可证明情况的照片或票据。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000003', null, 'REPLY', '调查进展',
  '您好，我们已联系该机构并开展调查，目前正在核实相关情况，结果将及时告知您。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000004', null, 'RESOLVE', '办结答复（属实）',
  '您好，经调查核实，您反映的问题基本属实。我们已责令该机构限期整改，并将跟踪整改情况。感谢您的监督。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000005', null, 'RESOLVE', '办结答复（不属实）',
  '您好，经现场核查和调阅记录，未发现您反映的问题。如有新的线索，欢迎继续反映。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000006', null, 'REJECT', '不予受理',
  '您好，您反映的事项不属于托育机构监管范围，建议您向相关主管部门反映。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000007', 'FEES_REFUNDS', 'REPLY', '收费问题答复',
  '您好，我们已核查该机构公示的收费标准及收退费记录，正在督促机构依照公示标准和合同约定办理退费。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000008', 'HYGIENE_FOOD', 'REPLY', '卫生饮食问题答复',
  '您好，我们已会同卫生监督部门对该机构的食品安全和环境卫生进行检查，发现的问题已要求立即整改。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-000000000009', 'SAFETY_INJURY', 'REPLY', '安全问题答复',
  '您好，我们高度重视您反映的安全问题，已第一时间到机构核查监控记录和安全制度落实情况。', now(), 'system'),
 ('7a1f0c2e-0001-4000-8000-00000000000a', 'SUSPECTED_ABUSE', 'REPLY', '疑似虐待问题答复',
  '您好，我们已会同公安机关调取监控录像，对涉事人员暂停工作，调查结果将尽快告知您。', now(), 'system');
