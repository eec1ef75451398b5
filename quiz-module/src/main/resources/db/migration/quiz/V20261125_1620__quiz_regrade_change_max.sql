-- A regrade can change a question's points, and so the attempt's maximum: each change keeps the maximum
-- before and after, so that the history shows the old percent against the old maximum. Changes recorded
-- before this migration only knew the attempt's maximum at the time it runs.
alter table regrade_change add column old_max_points numeric(12, 4);
alter table regrade_change add column new_max_points numeric(12, 4);
update regrade_change c set old_max_points = a.max_points, new_max_points = a.max_points
from attempt a where a.id = c.attempt_id;
alter table regrade_change alter column old_max_points set not null;
alter table regrade_change alter column new_max_points set not null;
