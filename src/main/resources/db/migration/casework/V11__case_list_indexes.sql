-- Indexes of the console case lists (tw.civicdesk.casework.CaseListQueries). Each list is read in
-- index order and cut by keyset (sort key, number), so a page stops after its rows instead of
-- sorting the agency's cases. The due-date key puts cases without a due date (awaiting a
-- supplement) last: coalesce(due_date, date '9999-12-31'), written exactly so in the queries.
-- The work queues ("mine", "unit", "unassigned") use partial indexes over the few cases still
-- being worked; their predicates are repeated word for word in the queries.

-- "all", by due date / received day / number
create index casework_case_list_due_idx
    on casework_case (agency_code, (coalesce(due_date, date '9999-12-31')), number);
create index casework_case_list_received_idx
    on casework_case (agency_code, received_on, number);
create index casework_case_list_number_idx
    on casework_case (agency_code, number);

-- "all" narrowed to one status, e.g. the agency's cases in progress, by due date
create index casework_case_list_status_idx
    on casework_case (agency_code, status, (coalesce(due_date, date '9999-12-31')), number);

-- "overdue only": cases still being worked, by due date
create index casework_case_list_working_idx
    on casework_case (agency_code, (coalesce(due_date, date '9999-12-31')), number)
    where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS');

-- "mine": the officer's cases not yet final
create index casework_case_list_mine_idx
    on casework_case (officer, (coalesce(due_date, date '9999-12-31')), number)
    where officer is not null and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'DECIDED');

-- "unit": the unit's cases not yet final
create index casework_case_list_unit_idx
    on casework_case (agency_code, unit_id, (coalesce(due_date, date '9999-12-31')), number)
    where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'DECIDED');

-- "unassigned": received, no officer yet, of the whole agency or of one unit
create index casework_case_list_unassigned_idx
    on casework_case (agency_code, (coalesce(due_date, date '9999-12-31')), number)
    where status = 'RECEIVED' and officer is null;
create index casework_case_list_unassigned_unit_idx
    on casework_case (agency_code, unit_id, (coalesce(due_date, date '9999-12-31')), number)
    where status = 'RECEIVED' and officer is null;
