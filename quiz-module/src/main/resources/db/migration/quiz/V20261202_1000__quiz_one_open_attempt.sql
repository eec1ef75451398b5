-- At most one open graded attempt per learner and quiz, held by the database (AttemptService.start also
-- takes a lock per learner and quiz, so that the count of attempts and the insert cannot interleave).
-- Open duplicates that concurrent starts made before this index existed are closed: those with no
-- answer are removed; those with answers are kept for the record as submitted practice attempts worth
-- nothing, so that they count against no limit and can neither be continued nor scored.
delete from attempt duplicate
where duplicate.submitted_at is null and not duplicate.practice
  and not exists (select 1 from response r where r.attempt_id = duplicate.id)
  and exists (select 1 from attempt first
              where first.quiz_id = duplicate.quiz_id and first.learner_id = duplicate.learner_id
                and first.submitted_at is null and not first.practice and first.id < duplicate.id);
update attempt duplicate set practice = true, submitted_at = now(), points = 0, passed = false
where duplicate.submitted_at is null and not duplicate.practice
  and exists (select 1 from attempt first
              where first.quiz_id = duplicate.quiz_id and first.learner_id = duplicate.learner_id
                and first.submitted_at is null and not first.practice and first.id < duplicate.id);

create unique index attempt_one_open on attempt (quiz_id, learner_id) where submitted_at is null and not practice;
