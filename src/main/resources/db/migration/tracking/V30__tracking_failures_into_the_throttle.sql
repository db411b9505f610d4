-- Tracking's own counters (V14) become counters of the one throttle (platform_throttle, V29;
-- ADR 0024), which case work's receipt check and tracking's link limits now use. Windows still
-- running are carried over so that an upgrade does not hand a guesser a fresh window: failed
-- look-ups under the limit 'receipts', message-sending requests under 'links'. The window's
-- end assumes the default window of 15 minutes (a migration cannot read the setting).
insert into platform_throttle (subject, window_end, attempts)
select case
         when subject like 'link-address:%' then 'links/address:' || substr(subject, 14)
         when subject like 'link:%' then 'links/target:' || substr(subject, 6)
         else 'receipts/' || subject
       end,
       window_start + interval '15 minutes',
       failures
from tracking_failure
where window_start + interval '15 minutes' > now()
on conflict (subject) do nothing;

drop table tracking_failure;
