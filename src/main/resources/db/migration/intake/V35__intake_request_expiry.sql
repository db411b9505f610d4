-- Idempotency keys are kept civicdesk.intake.idempotency-retention (7 days by default) after
-- their first use, then deleted by housekeeping (IntakeRequestPurge); this index finds them.
create index intake_request_created_idx on intake_request (created_at);
