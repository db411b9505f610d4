-- Open data (C14): one stored snapshot per dataset and period, built from rollups with small
-- counts already suppressed (ADR 0066). A period's files are served from here, so they stay the
-- same until the period is rebuilt. No personal data: aggregates only.
create table opendata_snapshot (
    dataset_id   text        not null,
    period       text        not null,
    period_start date        not null,
    period_end   date        not null,
    built_at     timestamptz not null,
    content      jsonb       not null,
    primary key (dataset_id, period)
);

create index opendata_snapshot_latest on opendata_snapshot (dataset_id, period_start desc);
