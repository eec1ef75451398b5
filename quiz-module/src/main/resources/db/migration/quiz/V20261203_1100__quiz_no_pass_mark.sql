-- A quiz without a pass mark (0 %) has no pass or fail (issue 15). Whether an attempt passed is read
-- from its grade and the quiz's pass mark of the day, as the gradebook always did, so the stored copy
-- goes; a regrade's record keeps what it showed then, and says neither for a quiz without a pass mark.
alter table attempt drop column passed;
alter table regrade_change alter column old_passed drop not null, alter column new_passed drop not null;
update regrade_change c set old_passed = null, new_passed = null
from attempt a join quiz q on q.id = a.quiz_id
where a.id = c.attempt_id and q.pass_percent = 0;
