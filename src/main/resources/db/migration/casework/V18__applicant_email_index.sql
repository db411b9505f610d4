-- The public "my cases" link (tracking) asks case work for every case filed with one e-mail
-- address, compared in lower case: an expression index keeps that look-up from scanning every
-- applicant.
create index casework_applicant_email_idx on casework_applicant (lower(email));
