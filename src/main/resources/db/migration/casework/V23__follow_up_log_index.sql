-- The follow-up log (稽催紀錄, issue 6) lists follow-ups newest first per agency and month; this
-- partial index keeps that read off the whole history. Answers are found through the primary
-- key (case_number, sequence).
create index casework_history_follow_up_idx on casework_history (at desc)
    where action = 'FOLLOW_UP';
