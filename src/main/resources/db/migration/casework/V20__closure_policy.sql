-- Issue 6: an agency's closure days (typhoon) move its deadlines by a policy (ADR 0015).
-- One version for two modules' columns, because the choice and its record belong together:
--   agency.closure_policy (organisation): the agency's own setting; null = the application
--     default civicdesk.deadlines.closure-policy.
--   casework_case.closure_policy (casework): the policy in force when the case was filed; the
--     clock uses it for the case's whole life, whatever the setting later says. Cases filed
--     before this migration were computed with closures as non-working days, which is
--     STOPS_CLOCK (the shipped default), so that is what they record. The application always
--     writes the policy; the column default only serves bulk loads (benchmarks, test data).
-- The recompute after a closure is added or withdrawn finds the cases it may move through the
-- existing index casework_case_agency_idx (agency_code, status, due_date).
alter table agency add column closure_policy text
    constraint agency_closure_policy_known check (closure_policy in ('STOPS_CLOCK', 'NONE'));

alter table casework_case add column closure_policy text not null default 'STOPS_CLOCK'
    constraint casework_case_closure_policy_known check (closure_policy in ('STOPS_CLOCK', 'NONE'));

