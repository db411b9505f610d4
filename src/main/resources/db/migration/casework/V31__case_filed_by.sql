-- Need-to-know within an agency (ADR 0025): the staff member who filed a case — at the counter,
-- from a call or a letter, or as the unit that asked for joint handling — reaches it afterwards,
-- whatever their unit. Kept with the case (not looked up in its history every time) so that a
-- counter clerk's list of the cases they filed reads an index. Online applications have none.
alter table casework_case add column filed_by text;

update casework_case c set filed_by = h.actor
  from casework_history h
  where h.case_number = c.number and h.sequence = 1
    and h.party in ('COUNTER_CLERK', 'CASE_OFFICER', 'UNIT_HEAD', 'QUALITY_OFFICER');

create index casework_case_filed_by_idx on casework_case (filed_by, number)
    where filed_by is not null;
