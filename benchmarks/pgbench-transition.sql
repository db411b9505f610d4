-- pgbench script: the SQL statements of one case transition as CaseWork.act and Cases issue
-- them (load the case and its history, update under the optimistic lock `where number = ? and
-- version = ?`, append one history row, load the case again), here a re-assignment (改分).
-- Each client works on its own 1,000 cases from pgbench-transition-setup.sql (clients <= 40),
-- as officers do, so the optimistic lock never fails.
\set n :client_id * 1000 + random(1, 1000)
BEGIN;
select c.*, (select count(*) from casework_case k where k.parent_number = c.number
               and k.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS',
                                'AWAITING_SUPPLEMENT')) as open_children
  from casework_case c where c.number = 'YILAN-JIAOXI-20000101-' || lpad(:n::text, 5, '0') \gset
select * from casework_history where case_number = :number order by sequence \aset
\set next :sequence + 1
update casework_case set status = 'ASSIGNED', decision = null, officer = 'jiaoxi.officer',
    pauses = '[]'::jsonb, open_pause = null, extension_amount = null, extension_unit = null,
    supplement_rounds = 0, due_date = :due_date, version = version + 1, updated_at = now(),
    transferred_to = null, merged_into = null
  where number = :number and version = :version;
insert into casework_history (case_number, sequence, action, from_status, to_status, actor,
    party, at, public_note, internal_note)
  values (:number, :next, 'ASSIGN', 'ASSIGNED', 'ASSIGNED', 'jiaoxi.head', 'UNIT_HEAD', now(),
    null, '→ jiaoxi.officer');
select c.*, (select count(*) from casework_case k where k.parent_number = c.number
               and k.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS',
                                'AWAITING_SUPPLEMENT')) as open_children
  from casework_case c where c.number = :number;
select * from casework_history where case_number = :number order by sequence;
END;
