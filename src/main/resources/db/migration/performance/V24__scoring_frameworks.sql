-- Scoring frameworks (評獎架構) as data: each a tree of dimensions (構面), items (評核項目),
-- indicators (指標) and key points (評核重點), with points where the sources give them and an
-- optional weight an administrator may set where they do not (DOMAIN.md §3). A node's path is
-- its position from the root, two digits per level ('01', '01.02', '01.02.01'), so that the
-- natural order of paths is the order of the document. The two frameworks below are shipped;
-- administrators edit them or add their own county schemes.
create table performance_framework (
    code        text primary key check (code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
    name_zh     text not null,
    name_en     text not null,
    source      text not null,
    total_points integer check (total_points > 0),
    version     integer not null default 0
);

create table performance_framework_node (
    framework_code text not null references performance_framework (code) on delete cascade,
    path           text not null check (path ~ '^[0-9]{2}(\.[0-9]{2})*$'),
    kind           text not null check (kind in ('DIMENSION', 'ITEM', 'INDICATOR', 'KEY_POINT')),
    title_zh       text not null,
    title_en       text not null,
    points         integer check (points >= 0),
    weight         numeric(6, 3) check (weight >= 0),
    primary key (framework_code, path)
);

insert into performance_framework (code, name_zh, name_en, source, total_points) values
  ('SQA-FRONTLINE', '政府服務品質獎（第一線服務機關）',
   'Government Service Quality Award (front-line agencies)',
   '第九屆政府服務品質獎評獎作業手冊; 政府服務創新精進方案 (96.7.23)', 1000),
  ('GSA-OVERALL', '政府服務獎（整體服務類）', 'Government Service Award (overall service)',
   '政府服務獎評獎實施計畫 (106.1.25 發社字第1061300083號); 政府服務躍升方案 (106.1.9)', null);

insert into performance_framework_node (framework_code, path, kind, points, title_zh, title_en)
values
  ('SQA-FRONTLINE', '01', 'DIMENSION', 400, '優質便民服務', 'Quality, citizen-friendly service'),
  ('SQA-FRONTLINE', '01.01', 'ITEM', 200, '服務流程', 'Service process'),
  ('SQA-FRONTLINE', '01.01.01', 'INDICATOR', null, '服務流程便捷性', 'Convenience of the service process'),
  ('SQA-FRONTLINE', '01.01.02', 'INDICATOR', null, '服務流程透明度', 'Transparency of the service process'),
  ('SQA-FRONTLINE', '01.02', 'ITEM', 100, '機關形象', 'Agency image'),
  ('SQA-FRONTLINE', '01.02.01', 'INDICATOR', null, '洽公環境', 'Service environment'),
  ('SQA-FRONTLINE', '01.02.02', 'INDICATOR', null, '服務設施', 'Service facilities'),
  ('SQA-FRONTLINE', '01.02.03', 'INDICATOR', null, '服務親和（服務禮儀）', 'Friendliness (service courtesy)'),
  ('SQA-FRONTLINE', '01.03', 'ITEM', 100, '顧客關係', 'Customer relations'),
  ('SQA-FRONTLINE', '01.03.01', 'INDICATOR', null, '顧客滿意情形', 'Customer satisfaction'),
  ('SQA-FRONTLINE', '01.03.02', 'INDICATOR', null, '民眾意見及抱怨處理', 'Handling of opinions and complaints'),
  ('SQA-FRONTLINE', '02', 'DIMENSION', 300, '資訊網路服務', 'Information and online service'),
  ('SQA-FRONTLINE', '02.01', 'ITEM', 100, '資訊提供及檢索服務', 'Information and search services'),
  ('SQA-FRONTLINE', '02.01.01', 'INDICATOR', null, '資訊公開適切性與內容有效性', 'Appropriateness and validity of published information'),
  ('SQA-FRONTLINE', '02.02', 'ITEM', 200, '線上服務及網路參與', 'Online services and e-participation'),
  ('SQA-FRONTLINE', '02.02.01', 'INDICATOR', null, '線上服務量能擴展性', 'Growth of online service capacity'),
  ('SQA-FRONTLINE', '03', 'DIMENSION', 300, '創新加值服務', 'Innovative value-added service'),
  ('SQA-FRONTLINE', '03.01', 'ITEM', 300, '創新服務情形', 'Service innovation'),
  ('SQA-FRONTLINE', '03.01.01', 'INDICATOR', null, '有價值的創意服務', 'Valuable creative services'),

  ('GSA-OVERALL', '01', 'DIMENSION', null, '基礎服務', 'Basic service'),
  ('GSA-OVERALL', '01.01', 'ITEM', null, '服務一致及正確', 'Consistent and correct service'),
  ('GSA-OVERALL', '01.01.01', 'KEY_POINT', null, '標準作業流程之建立及檢討', 'Standard operating procedures and their review'),
  ('GSA-OVERALL', '01.01.02', 'KEY_POINT', null, '服務及時性（處理時限內完成之案件比率）', 'Timeliness (share of cases finished within the time limit)'),
  ('GSA-OVERALL', '01.01.03', 'KEY_POINT', null, '服務人員專業度', 'Staff competence'),
  ('GSA-OVERALL', '01.02', 'ITEM', null, '服務友善', 'Friendly service'),
  ('GSA-OVERALL', '01.02.01', 'KEY_POINT', null, '服務場所及設施', 'Premises and facilities'),
  ('GSA-OVERALL', '01.02.02', 'KEY_POINT', null, '網站使用便利性', 'Website usability'),
  ('GSA-OVERALL', '01.02.03', 'KEY_POINT', null, '服務行為友善性（電話禮貌測試）', 'Friendly conduct (phone-courtesy tests)'),
  ('GSA-OVERALL', '01.02.04', 'KEY_POINT', null, '服務資訊透明度（資訊公開、開放資料、案件查詢管道）', 'Transparency (published information, open data, case-status channels)'),
  ('GSA-OVERALL', '02', 'DIMENSION', null, '服務遞送', 'Service delivery'),
  ('GSA-OVERALL', '02.01', 'ITEM', null, '服務便捷', 'Convenient service'),
  ('GSA-OVERALL', '02.01.01', 'KEY_POINT', null, '單一窗口整合服務', 'Single-window integration'),
  ('GSA-OVERALL', '02.01.02', 'KEY_POINT', null, '減少申請人應附書證（跨機關電子查驗）', 'Fewer documents to attach (cross-agency electronic verification)'),
  ('GSA-OVERALL', '02.01.03', 'KEY_POINT', null, '線上申辦比率、使用及成長', 'Online application share, usage and growth'),
  ('GSA-OVERALL', '02.02', 'ITEM', null, '服務可近性', 'Accessible service'),
  ('GSA-OVERALL', '02.02.01', 'KEY_POINT', null, '在地化客製服務', 'Customised local service'),
  ('GSA-OVERALL', '02.02.02', 'KEY_POINT', null, '一案到底', 'One officer handles a case end to end'),
  ('GSA-OVERALL', '02.02.03', 'KEY_POINT', null, '主動到府或到點服務', 'Proactive home or on-site service'),
  ('GSA-OVERALL', '02.03', 'ITEM', null, '服務成長及優化', 'Service growth and improvement'),
  ('GSA-OVERALL', '02.03.01', 'KEY_POINT', null, '突破限制之服務成長', 'Growth despite constraints'),
  ('GSA-OVERALL', '02.03.02', 'KEY_POINT', null, '提升服務目標', 'More ambitious service targets'),
  ('GSA-OVERALL', '03', 'DIMENSION', null, '服務量能', 'Service capacity'),
  ('GSA-OVERALL', '03.01', 'ITEM', null, '內部作業簡化', 'Simpler internal work'),
  ('GSA-OVERALL', '03.01.01', 'KEY_POINT', null, '簡化成效（人力、物力、時間之節省）', 'Results of simplification (staff, material and time saved)'),
  ('GSA-OVERALL', '03.02', 'ITEM', null, '服務精進機制', 'Improvement mechanism'),
  ('GSA-OVERALL', '03.02.01', 'KEY_POINT', null, '創新提案及採行率', 'Innovation proposals and adoption rate'),
  ('GSA-OVERALL', '04', 'DIMENSION', null, '服務評價', 'Service evaluation'),
  ('GSA-OVERALL', '04.01', 'ITEM', null, '服務滿意情形', 'Satisfaction with the service'),
  ('GSA-OVERALL', '04.01.01', 'KEY_POINT', null, '定期滿意度調查（洽公環境、服務禮儀、服務專業性、服務措施）', 'Regular satisfaction surveys (environment, courtesy, professionalism, service measures)'),
  ('GSA-OVERALL', '04.01.02', 'KEY_POINT', null, '內部員工滿意度調查', 'Internal staff survey'),
  ('GSA-OVERALL', '04.02', 'ITEM', null, '意見回應處理情形', 'Handling of opinions'),
  ('GSA-OVERALL', '04.02.01', 'KEY_POINT', null, '抱怨及陳情處理機制及統計', 'Complaint and petition handling and statistics'),
  ('GSA-OVERALL', '04.02.02', 'KEY_POINT', null, '陳情處理滿意度及趨勢', 'Satisfaction with petition handling, with trends'),
  ('GSA-OVERALL', '05', 'DIMENSION', null, '開放創新', 'Openness and innovation'),
  ('GSA-OVERALL', '05.01', 'ITEM', null, '開放參與', 'Open participation'),
  ('GSA-OVERALL', '05.01.01', 'KEY_POINT', null, '民眾參與服務設計（問卷、訪談、工作坊）', 'Citizens take part in service design (questionnaires, interviews, workshops)'),
  ('GSA-OVERALL', '05.02', 'ITEM', null, '創新性', 'Innovation'),
  ('GSA-OVERALL', '05.02.01', 'KEY_POINT', null, '相較現行作法之創新（資通訊、跨機關整合、資源共享、公私協力）', 'Innovation over current practice (ICT, cross-agency integration, resource sharing, public–private partnership)');
