-- At most one open graded attempt per learner and quiz, held by the database (AttemptService.start also
-- takes a lock per learner and quiz, so that the count of attempts and the insert cannot interleave).
-- Open duplicates that concurrent starts made before this index existed become practice attempts: they
-- keep their answers, still can be submitted, and no longer count against the attempts allowed.
update attempt duplicate set practice = true
where duplicate.submitted_at is null and not duplicate.practice
  and exists (select 1 from attempt first
              where first.quiz_id = duplicate.quiz_id and first.learner_id = duplicate.learner_id
                and first.submitted_at is null and not first.practice and first.id < duplicate.id);

create unique index attempt_one_open on attempt (quiz_id, learner_id) where submitted_at is null and not practice;
