-- Generates :attempts submitted attempts at the final quiz (:quiz), one per made-up learner, each
-- showing every question of the quiz once: with 20 questions and 50,000 attempts, 1,000,000
-- attempt_question rows and as many responses, about 5 % of them blank (unanswered), as submission
-- leaves them. Every credit is 0 or 1, so each total is a whole number of points.
-- A learner's chance of a right answer rises with their ability and falls with the question's
-- difficulty (a Rasch model), so that the statistics have realistic spread and discrimination.
\set ON_ERROR_STOP on
begin;
create temporary table made_up as
select g as n, 1000000000 + g as learner_id, random() * 4 - 2 as ability from generate_series(1, :attempts) g;

insert into attempt (quiz_id, learner_id, seed, practice, started_at, deadline, submitted_at, late, points_numerator,
                     points_denominator, max_points)
select :quiz, learner_id, n, false, now() - interval '2 hours', now() - interval '90 minutes', now() - interval '100 minutes',
       false, 0, 1, 0
from made_up;

insert into attempt_question (attempt_id, position, question_version_id)
select a.id, qq.position, v.id
from attempt a
join quiz_question qq on qq.quiz_id = a.quiz_id
join lateral (select id from question_version where question_id = qq.question_id order by version desc limit 1) v on true
where a.quiz_id = :quiz and a.learner_id > 1000000000;

insert into response (attempt_id, question_version_id, answer, saved_at, checked, credit_numerator, credit_denominator)
select aq.attempt_id, aq.question_version_id,
       case when blank then null when right_answer then '{"choiceId":"right"}' else '{"choiceId":"wrong"}' end::jsonb,
       now() - interval '100 minutes', false, case when right_answer and not blank then 1 else 0 end, 1
from attempt_question aq
join attempt a on a.id = aq.attempt_id
join made_up m on m.learner_id = a.learner_id
join question_version v on v.id = aq.question_version_id
cross join lateral (select random() < 1 / (1 + exp(-(m.ability - (aq.position - 9.5) / 5))) as right_answer,
                           random() < 0.05 as blank) answer
where a.quiz_id = :quiz and a.learner_id > 1000000000;

update attempt a set points_numerator = t.points, max_points = t.max_points
from (select aq.attempt_id, sum(r.credit_numerator * v.points) as points, sum(v.points) as max_points
      from attempt_question aq
      join question_version v on v.id = aq.question_version_id
      join response r on r.attempt_id = aq.attempt_id and r.question_version_id = aq.question_version_id
      join attempt x on x.id = aq.attempt_id
      where x.quiz_id = :quiz and x.learner_id > 1000000000
      group by aq.attempt_id) t
where a.id = t.attempt_id;
commit;
-- Settle the tables as autovacuum would, so that it does not run during the measurement.
vacuum analyze;
