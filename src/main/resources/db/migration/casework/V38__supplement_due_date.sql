-- Issue 16: a supplement request (補正) carries the date by which to supply (補正期限): the
-- request's date plus the period the staff member chose, in calendar days, moved to the agency's
-- next working day (行政程序法 §48④). The case keeps it while the supplement is awaited (cleared
-- when supplied); the request's history entry keeps it for good, so the public timeline can say
-- it. Requests made before this migration have none. New columns only: the application role's
-- grants on both tables (V37) cover them.
alter table casework_case add column supply_by date;
alter table casework_history add column supply_by date;
