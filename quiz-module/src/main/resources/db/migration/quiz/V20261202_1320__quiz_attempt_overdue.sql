-- The auto-submit job looks for timed attempts past their deadline that nobody submitted, every minute
-- on every instance: a partial index keeps that a look at the few open timed attempts.
create index attempt_overdue on attempt (deadline) where submitted_at is null and deadline is not null;
