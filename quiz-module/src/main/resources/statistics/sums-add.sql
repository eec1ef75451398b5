-- Adds (:sign = 1) or takes away (:sign = -1) submitted attempts of quiz :quiz to or from its
-- statistics sums (see V20261203_1000__quiz_statistics_sums.sql), run by StatisticsSums. :attempts is a
-- text array literal of attempt ids such as '{1,2}', or null for every submitted attempt of the quiz.
-- Practice attempts never count. An attempt is in the set 'first' when its learner has no earlier
-- submitted attempt at the quiz (one attempt is open at a time, so the first submitted has the lowest id).
-- Rows are written in key order, so that two transactions adding at once wait for each other instead of
-- deadlocking.
with counted as materialized (
    select a.id, a.points_numerator, a.points_denominator, a.max_points, s.attempt_set
    from attempt a
    cross join lateral (
        select 'all'
        union all
        select 'first'
        where not exists (select 1 from attempt b
                          where b.quiz_id = a.quiz_id and b.learner_id = a.learner_id and b.id < a.id
                            and b.submitted_at is not null and not b.practice)
    ) s (attempt_set)
    where a.quiz_id = :quiz and a.submitted_at is not null and not a.practice
      and (cast(:attempts as text) is null or a.id = any(cast(:attempts as bigint[])))
),
responses as materialized (
    select c.attempt_set, c.points_numerator, c.points_denominator, r.question_version_id,
           r.credit_numerator, r.credit_denominator,
           coalesce(r.answer -> 'choiceId', r.answer -> 'value', r.answer -> 'choiceIds') as picked
    from counted c join response r on r.attempt_id = c.id
),
totals as (
    insert into quiz_statistics_total as s (quiz_id, attempt_set, points_numerator, points_denominator, max_points, n)
    select :quiz, attempt_set, points_numerator, points_denominator, max_points, :sign * count(*)
    from counted
    group by 2, 3, 4, 5
    order by 2, 3, 4, 5
    on conflict (quiz_id, attempt_set, points_numerator, points_denominator, max_points)
        do update set n = s.n + excluded.n
),
cells as (
    insert into quiz_statistics_cell as s (quiz_id, attempt_set, question_version_id, credit_numerator,
                                           credit_denominator, points_numerator, points_denominator, n)
    select :quiz, attempt_set, question_version_id, credit_numerator, credit_denominator, points_numerator,
           points_denominator, :sign * count(*)
    from responses
    group by 2, 3, 4, 5, 6, 7
    order by 2, 3, 4, 5, 6, 7
    on conflict (quiz_id, attempt_set, question_version_id, credit_numerator, credit_denominator,
                 points_numerator, points_denominator)
        do update set n = s.n + excluded.n
),
choices as (
    insert into quiz_statistics_choice as s (quiz_id, attempt_set, question_version_id, choice, n)
    select :quiz, r.attempt_set, r.question_version_id, picked.choice, :sign * count(*)
    from responses r
    cross join lateral (
        select jsonb_array_elements_text(r.picked) where jsonb_typeof(r.picked) = 'array'
        union all
        select jsonb_build_array(r.picked) ->> 0 where jsonb_typeof(r.picked) <> 'array'
    ) as picked (choice)
    where r.picked is not null
    group by 2, 3, 4
    order by 2, 3, 4
    on conflict (quiz_id, attempt_set, question_version_id, choice) do update set n = s.n + excluded.n
)
select count(*) from counted
