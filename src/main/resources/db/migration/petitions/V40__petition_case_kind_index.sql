-- Open311 and the public report list page one kind of an agency in filing order; without the kind
-- in the index, an agency with many petitions would be scanned past them (issue 18 review).
create index petition_case_kind_filed_idx on petition_case (agency_code, kind, filed_at, case_number);
